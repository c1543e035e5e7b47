import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import { captureOutput } from '../helpers/captureOutput';

const output = captureOutput();

describe('namesake calibrate', () => {
  it('reports the best settings, the fit per target and the profiles, and writes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-calibrate-'));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ version: 1, population: { size: 40_000, seed: 2 } }));
    const code = await main([
      'calibrate',
      file,
      '--param',
      'replay.list.agency.noise.tinMissing=0.3:0.9',
      '--budget',
      '3',
      '--profile-points',
      '2',
      '--threads',
      '1',
      '--out',
      dir,
    ]);
    expect(code).toBe(ExitCode.ok);
    expect(output.stdout).toContain('Best settings');
    expect(output.stdout).toContain('matched and disclosed (7 Aug 2025)');
    expect(output.stdout).toContain('replay.list.agency.noise.tinMissing:');
    // The request is reported, not fitted, and says so instead of giving a z.
    expect(output.stdout).toMatch(
      /records sent to the IRS: simulated [\d,]+, published 1,280,000 \(not fitted/,
    );
    // 40,000 people hold fewer with a final order than --list-sample: the whole list is matched.
    expect(output.stdout).toMatch(
      /Each run matched the whole request list \([\d,]+ records, no more than --list-sample 20,000\)/,
    );
    const saved = JSON.parse(readFileSync(join(dir, 'calibration.json'), 'utf8')) as {
      report: { runs: number; profiles: unknown[]; best: { values: Record<string, number> } };
    };
    expect(saved.report.runs).toBeGreaterThanOrEqual(3);
    expect(saved.report.profiles).toHaveLength(1);
    const [header, ...rows] = readFileSync(join(dir, 'calibration-profiles.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(header).toBe('parameter,value,distance,best,pinned');
    // The profiles' best is the best reported.
    const best = saved.report.best.values['replay.list.agency.noise.tinMissing'];
    for (const row of rows) expect(Number(row.split(',')[3])).toBe(best);
  });

  it('refuses a range that is not a parameter of the scenario', async () => {
    expect(await main(['calibrate', 'irs-ice-2025', '--param', 'replay.nope=0:1'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('--param "replay.nope=0:1" must be path=low:high');
  });

  it('refuses a proxy population that is not smaller than the scenario’s', async () => {
    expect(await main(['calibrate', 'korean-neighborhood', '--proxy-size', '1000000'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain(
      "--proxy-size 1,000,000 is not smaller than the scenario's population of 250,000",
    );
  });

  it('refuses, before any run, a range with an end the parameter does not accept', async () => {
    const spec = 'replay.list.agency.noise.tinMissing=0.5:1.5';
    expect(await main(['calibrate', 'irs-ice-2025', '--param', spec])).toBe(ExitCode.usage);
    expect(output.stderr).toContain(`--param "${spec}": 1.5 is not a value the parameter accepts`);
    expect(output.stderr).toContain('replay.list.agency.noise.tinMissing');
  });
});
