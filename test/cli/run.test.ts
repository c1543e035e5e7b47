import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers/captureOutput';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import type { RunManifest } from '../../src/matching/report/runManifest';
import { SHARD_SIZE } from '../../src/matching/population/PopulationShard';

const output = captureOutput();

const SCENARIO = {
  population: { size: 120_000, seed: 21, communityShare: { korean: 0.3 } },
  replay: { list: { size: 1_280_000 } },
};

function scenarioFile(json: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'namesake-run-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return { dir, file };
}

const BUILT = join(import.meta.dirname, '../../out/cli/namesake.mjs');

describe('namesake run', () => {
  it("never replaces a complete run's files with a stopped run's, nor with half of a new run's", async () => {
    const { dir, file } = scenarioFile(SCENARIO);
    const out = join(dir, 'out');
    expect(await main(['run', file, '--threads', '1', '--out', out, '--replicates', '1'])).toBe(
      ExitCode.ok,
    );
    const complete = readFileSync(join(out, 'manifest.json'), 'utf8');
    const funnel = readFileSync(join(out, 'funnel.csv'), 'utf8');

    // Stopped after the first of two shards (this thread yields between shards).
    const two = scenarioFile({ ...SCENARIO, population: { size: SHARD_SIZE + 20_000, seed: 3 } });
    output.stdout = '';
    setTimeout(() => process.emit('SIGINT'), 0);
    expect(await main(['run', two.file, '--threads', '1', '--out', out, '--replicates', '1'])).toBe(
      ExitCode.interrupted,
    );
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(complete);
    expect(output.stderr).toContain(`${out} holds a complete run`);
    const partial = JSON.parse(
      readFileSync(join(`${out}-partial`, 'manifest.json'), 'utf8'),
    ) as RunManifest;
    expect(partial.complete).toBe(false);
    expect(existsSync(join(`${out}-partial`, 'funnel.csv'))).toBe(true);
    expect(output.stdout).toMatch(/^INCOMPLETE RUN — stopped during the first replicate/);

    // A file that cannot be written (a folder in its place) leaves the earlier files whole.
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'pairs.csv.gz'), { recursive: true });
    writeFileSync(join(blocked, 'manifest.json'), complete);
    expect(await main(['run', file, '--threads', '1', '--out', blocked, '--seed', '4'])).toBe(
      ExitCode.failure,
    );
    expect(output.stderr).toContain("the folder's earlier files are unchanged");
    expect(readFileSync(join(blocked, 'manifest.json'), 'utf8')).toBe(complete);
    expect(existsSync(join(blocked, 'funnel.csv'))).toBe(false);
    expect(funnel.length).toBeGreaterThan(0);
  });

  it('writes manifest.json, funnel.csv and pairs.csv.gz and prints the headline', async () => {
    const { dir, file } = scenarioFile(SCENARIO);
    const out = join(dir, 'out');
    expect(await main(['run', file, '--threads', '1', '--out', out, '--replicates', '2'])).toBe(
      ExitCode.ok,
    );
    expect(output.stdout).toContain('"updated addresses"');
    // 120,000 people hold only a few hundred of the 1.28 M requested: no published figure beside them.
    expect(output.stdout).toContain('Measured on the whole request list of');
    expect(output.stdout).not.toContain('published');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as RunManifest;
    expect(manifest).toMatchObject({ command: 'run', complete: true, seed: 21, replicates: 2 });
    expect(manifest.scenario.population.size).toBe(120_000);
    expect(manifest.scenario.replay.screen.minDaysSinceOrder).toBe(90);
    expect(manifest.results!.replicates).toBe(2);
    expect(manifest.timings.stages.length).toBeGreaterThan(0);
    const funnel = readFileSync(join(out, 'funnel.csv'), 'utf8').trim().split('\n');
    expect(funnel[0]).toMatch(/^step,label,count,/);
    expect(funnel.length).toBe(8);
    const pairs = gunzipSync(readFileSync(join(out, 'pairs.csv.gz')))
      .toString('utf8')
      .trim();
    const lines = pairs.split('\n');
    expect(lines[0]).toMatch(/^list_person,list_name,/);
    const disclosed = manifest.results!.funnel.find((s) => s.step === 'disclosed')!;
    expect(lines.length - 1).toBe(disclosed.count.values[0]);
  });

  it('applies --seed and --list-sample and states the scaling', async () => {
    const { dir, file } = scenarioFile(SCENARIO);
    const out = join(dir, 'out');
    const code = await main([
      'run',
      file,
      '--threads',
      '1',
      '--out',
      out,
      '--seed',
      '22',
      '--list-sample',
      '300',
      '--json',
    ]);
    expect(code).toBe(ExitCode.ok);
    const manifest = JSON.parse(output.stdout) as RunManifest;
    expect(manifest.seed).toBe(22);
    expect(manifest.results!.scale.listSampled).toBe(300);
    expect(manifest.results!.scale.statement).toContain('multiplied by');
  });

  it('names the JSON path of a malformed scenario, and refuses bad options', async () => {
    const bad = scenarioFile({ replay: { screen: { recentOrderShare: 1.5 } } });
    expect(await main(['run', bad.file, '--out', join(bad.dir, 'o')])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('replay.screen.recentOrderShare');
    const notJson = scenarioFile('{ "replay": ');
    expect(await main(['run', notJson.file])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('is not valid JSON');
    expect(await main(['run', 'no-such-preset'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('neither a scenario file nor a preset');
    const ok = scenarioFile(SCENARIO);
    expect(await main(['run', ok.file, '--replicates', 'many'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--replicates expects a whole number');
  });

  it.skipIf(!existsSync(BUILT))(
    'gives the same results on two worker threads as on one (built command line)',
    () => {
      const { dir, file } = scenarioFile({
        ...SCENARIO,
        population: { ...SCENARIO.population, size: 1_100_000 },
      });
      const results = ['1', '2'].map((threads) => {
        const stdout = execFileSync(
          process.execPath,
          [BUILT, 'run', file, '--threads', threads, '--out', join(dir, `t${threads}`), '--json'],
          { encoding: 'utf8' },
        );
        return (JSON.parse(stdout) as RunManifest).results;
      });
      expect(results[1]!.population.size).toBe(1_100_000);
      expect(JSON.stringify(results[1])).toBe(JSON.stringify(results[0]));
    },
    // Three processes build the population model (the command line's and two workers').
    180_000,
  );
});
