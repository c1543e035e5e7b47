import { describe, expect, it } from 'vitest';
import { DATA_SOURCES, parseDataSources } from '../../../renderer/src/report/dataSources';
import { flattenParameters } from '../../../renderer/src/report/flattenParameters';
import { reportHtml } from '../../../renderer/src/report/reportHtml';
import { completedRunFixture } from '../fixtures/completedRun';

describe('reportHtml', () => {
  it('lists every parameter, the seed, the version and every data source', () => {
    const run = completedRunFixture();
    const html = reportHtml(run.manifest, run.scenarioTitle);
    for (const p of flattenParameters(run.manifest.scenario)) {
      expect(html).toContain(p.path);
    }
    expect(html).toContain('<td>Seed</td><td>1</td>');
    expect(html).toContain('<td>Namesake version</td><td>0.1.0</td>');
    expect(html).toContain('surnames.csv.gz');
    expect(html).toContain(run.result.headline.sentence.replace(/"/g, '&#34;'));
  });

  it('says when the population pass was reused from an earlier run', () => {
    const run = completedRunFixture();
    expect(reportHtml(run.manifest, run.scenarioTitle)).not.toContain('reused');
    const manifest = {
      ...run.manifest,
      timings: { ...run.manifest.timings, populationPassesReused: 1 },
    };
    expect(reportHtml(manifest, run.scenarioTitle)).toContain(
      '2.5 s on 2 thread(s) (the population pass reused from an earlier run',
    );
  });

  it("carries a quick run's settings note, and labels calibration targets in words", () => {
    const run = completedRunFixture();
    const manifest = {
      ...run.manifest,
      results: {
        ...run.manifest.results,
        calibration: [
          ...run.manifest.results.calibration,
          {
            target: 'garbageAddressShare',
            published: 0.05,
            simulated: {
              ...run.manifest.results.calibration[0]!.simulated,
              mean: 0.0612,
              values: [0.0612],
            },
          },
        ],
      },
    };
    const note =
      'Quick settings: one region of 500,000 people: the region’s counts, not the nation’s.';
    const html = reportHtml(manifest, run.scenarioTitle, note, true);
    expect(html).toContain(`<p class="settings">${note}</p>`);
    // A region's counts are not set beside the national counts: only the shares are compared.
    expect(html).toContain('Calibration against published shares');
    expect(html).not.toContain('<td>matched and disclosed (7 Aug 2025)</td>');
    expect(html).toContain(
      '<td>disclosures on incomplete or garbage addresses</td><td>5.0 %</td><td>6.1 %</td>',
    );
    expect(reportHtml(run.manifest, run.scenarioTitle)).not.toContain('class="settings"');
    // A quick run that only cut replicates is not a region: its counts are comparable.
    const replicatesOnly = reportHtml(manifest, run.scenarioTitle, '1 replicate instead of 5.');
    expect(replicatesOnly).not.toContain('published shares');
    expect(replicatesOnly).toContain('<td>matched and disclosed (7 Aug 2025)</td><td>47,289</td>');
  });

  it('has no script and loads nothing', () => {
    const run = completedRunFixture();
    const html = reportHtml(run.manifest, '<script>alert(1)</script>');
    expect(html).not.toMatch(/<script|src=|href=/i);
  });
});

describe('dataSources', () => {
  it('reads the "From:" line of every output table in datasets/SOURCES.md', () => {
    const files = DATA_SOURCES.map((s) => s.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'surnames.csv.gz',
        'given-names.csv.gz',
        'zcta.csv.gz',
        'communities.json',
        'birth-days.csv',
      ]),
    );
    expect(DATA_SOURCES.find((s) => s.file === 'birth-days.csv')!.from).toMatch(
      /1994.*2014.*CC BY 4.0/,
    );
  });

  it('joins a "From:" item wrapped onto continuation lines', () => {
    expect(parseDataSources('### `a.csv`\n\n- **From:** one\n  two.\n- **Columns:** x')).toEqual([
      { file: 'a.csv', from: 'one two.' },
    ]);
  });
});

describe('flattenParameters', () => {
  it('gives one dotted path per leaf', () => {
    expect(flattenParameters({ a: { b: 1, c: [1, 2] }, d: 'x', e: {} })).toEqual([
      { path: 'a.b', value: '1' },
      { path: 'a.c', value: '[1,2]' },
      { path: 'd', value: '"x"' },
      { path: 'e', value: '{}' },
    ]);
  });
});
