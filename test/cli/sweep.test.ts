import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import { captureOutput } from '../helpers/captureOutput';
import { parseScenario, parseSweepAxis } from '../../src/matching/scenario';

const output = captureOutput();

function smallScenario(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'namesake-sweep-'));
  const file = join(dir, 'small.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      population: { size: 40_000, seed: 2, communityShare: { korean: 0.2 } },
    }),
  );
  return { dir, file };
}

describe('namesake sweep', () => {
  it('writes one CSV row per grid point: the parameters, then the headline numbers', async () => {
    const { dir, file } = smallScenario();
    const csv = join(dir, 'sweep.csv');
    const code = await main([
      'sweep',
      file,
      '--param',
      'replay.crossReference.name.threshold=0.1,0.6',
      '--param',
      'replay.list.agency.noise.tinMissing=0.5:0.9:3',
      '--threads',
      '1',
      '--out',
      csv,
    ]);
    expect(code).toBe(ExitCode.ok);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1 + 2 * 3);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual([
      'replay.crossReference.name.threshold',
      'replay.list.agency.noise.tinMissing',
      'replicates',
      'complete',
    ]);
    expect(header).toContain('wrongDoors_high');
    // In the grid the last parameter varies fastest, but the list's TIN noise is read by the
    // population pass and the name threshold is not: the points sharing a pass run (and are
    // written) one after another, so the pass is reused while it is still stored.
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '0.1,0.5',
      '0.6,0.5',
      '0.1,0.7',
      '0.6,0.7',
      '0.1,0.9',
      '0.6,0.9',
    ]);
    for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(header.length);
    expect(output.stderr).toContain('6 of 6 points written');
  });

  it("gives a point that reuses an earlier point's population pass the numbers of a fresh run", async () => {
    const { dir, file } = smallScenario();
    const sweep = async (values: string, name: string) => {
      const csv = join(dir, name);
      const args = ['sweep', file, '--param', `replay.crossReference.name.threshold=${values}`];
      expect(await main([...args, '--replicates', '2', '--threads', '1', '--out', csv])).toBe(
        ExitCode.ok,
      );
      return readFileSync(csv, 'utf8').trim().split('\n').slice(1);
    };
    // The second point of the first sweep reuses the first point's pass 1; the second sweep
    // runs its only point from scratch.
    const [, reused] = await sweep('0.1,0.6', 'two.csv');
    const [alone] = await sweep('0.6', 'one.csv');
    expect(reused).toBe(alone);
  });

  it('names the problem with a grid before running anything', async () => {
    const { dir, file } = smallScenario();
    const out = join(dir, 'x.csv');
    expect(await main(['sweep', file, '--param', 'replay.nothing=1,2', '--out', out])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('"replay.nothing" is not a number of the scenario');
    expect(
      await main(['sweep', file, '--param', 'replay.screen.recentOrderShare=0.1,7', '--out', out]),
    ).toBe(ExitCode.usage);
    expect(output.stderr).toContain('replay.screen.recentOrderShare');
    expect(await main(['sweep', 'no-such-preset', '--param', 'replay.list.size=1'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain(
      'is neither a scenario file nor a preset (presets: irs-ice-2025',
    );
    const threshold = 'replay.crossReference.name.threshold';
    expect(
      await main(['sweep', file, '--param', `${threshold}=0.2`, '--param', `${threshold}=0.4`]),
    ).toBe(ExitCode.usage);
    expect(output.stderr).toContain(`"${threshold}": the parameter is given twice`);
  });

  it('writes evenly spaced values without floating-point noise', () => {
    const axis = parseSweepAxis(
      'replay.crossReference.name.threshold=0.1:0.6:6',
      parseScenario({}),
    );
    expect(axis.values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
  });
});
