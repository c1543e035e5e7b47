/**
 * `namesake run <scenario.json|preset>`: replays the IRS→ICE pipeline (matching/pipeline) on
 * every core and writes, to --out: manifest.json (version, the full resolved scenario, seed,
 * replicates, timings, results), funnel.csv and pairs.csv.gz. Progress with stage and ETA goes
 * to stderr; Ctrl-C stops after the shards in progress and writes what is done, marked partial.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { EngineError } from '../../matching/messages';
import type { PairRow } from '../../matching/pipeline/pairRows';
import type { ReplayResult } from '../../matching/pipeline/ReplayResult';
import { replayThreads, runReplay } from '../../matching/pipeline/runReplay';
import { funnelCsv } from '../../matching/report/funnelCsv';
import { estimateText, roundCount } from '../../matching/report/headline';
import { pairsCsv } from '../../matching/report/pairsCsv';
import { parseScenario, type Scenario } from '../../matching/scenario';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../node/loadDatasets';
import { ExitCode, runMessage } from '../messages';
import { parseCount } from '../options';
import { stagedProgressBar } from '../progress';
import { readScenario } from '../scenarioArgument';
import { defaultThreads } from '../shardPool';
import { replayExecutor } from '../replayEvaluation';
import { prepareOutDir } from '../outputPaths';
import { version } from '../version';
import type { RunManifest } from '../../matching/report/runManifest';

interface RunOptions {
  seed?: string;
  replicates?: string;
  listSample?: string;
  threads?: string;
  out?: string;
  datasets?: string;
  json?: boolean;
}

export function registerRun(program: Command, report: (exitCode: number) => void): void {
  program
    .command('run')
    .description('Replay the IRS→ICE pipeline of a scenario and count the wrong doors')
    .argument('<scenario>', 'a scenario JSON file, or a preset name (datasets/scenarios/)')
    .option('--seed <s>', "random seed (0–4294967295); default: the scenario's")
    .option(
      '--replicates <n>',
      "Monte Carlo replicates (replicate r uses seed + r); default: the scenario's",
    )
    .option(
      '--list-sample <n>',
      'send only a random sample of N list records through the IRS match; counts are scaled to the full list',
    )
    .option(
      '--threads <n>',
      'worker threads (default: one per core; never more than the population has shards of a million)',
    )
    .option('--out <dir>', 'output folder', 'namesake-run')
    .option('--datasets <dir>', 'folder of dataset files (default: the installed datasets/)')
    .option('--json', 'print the manifest as JSON on stdout')
    .action(async (scenario: string, options: RunOptions) => {
      report(await runRun(scenario, options));
    });
}

/** The scenario with the command line's overrides, validated again. */
function withOverrides(scenario: Scenario, options: RunOptions): Scenario {
  const seed =
    options.seed !== undefined ? parseCount('--seed', options.seed, 0, 0xffffffff) : undefined;
  const replicates =
    options.replicates !== undefined
      ? parseCount('--replicates', options.replicates, 1, 10_000)
      : undefined;
  const sample =
    options.listSample !== undefined
      ? parseCount('--list-sample', options.listSample, 1, 20_000_000)
      : undefined;
  return parseScenario({
    ...scenario,
    population: { ...scenario.population, ...(seed !== undefined ? { seed } : {}) },
    replay: {
      ...scenario.replay,
      list: { ...scenario.replay.list, ...(sample !== undefined ? { sample } : {}) },
    },
    monteCarlo: { ...scenario.monteCarlo, ...(replicates !== undefined ? { replicates } : {}) },
  });
}

export async function runRun(scenarioArgument: string, options: RunOptions): Promise<number> {
  const datasetsDir = options.datasets ?? DEFAULT_DATASETS_DIR;
  const named = readScenario(scenarioArgument, datasetsDir);
  const scenario = withOverrides(named.scenario, options);
  const threads = replayThreads(
    options.threads !== undefined
      ? parseCount('--threads', options.threads, 1, 256)
      : defaultThreads(),
    [scenario],
  );
  const out = options.out ?? 'namesake-run';
  prepareOutDir(out);
  const datasets = loadDatasets(datasetsDir);
  const executor = replayExecutor(threads, datasets, datasetsDir);
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  const progress = stagedProgressBar(
    !options.json && process.stderr.isTTY === true,
    !options.json && process.stderr.isTTY !== true,
  );
  const stages: RunManifest['timings']['stages'] = [];
  const started = performance.now();
  let stageStarted = started;
  let current = '';
  const closeStage = () => {
    if (current === '') return;
    const [stage, replicate] = current.split('#') as [string, string];
    stages.push({
      stage,
      replicate: Number(replicate),
      seconds: (performance.now() - stageStarted) / 1000,
    });
  };
  let pairs: PairRow[] = [];
  let results: ReplayResult | null = null;
  let failure: unknown = null;
  try {
    results = await runReplay(scenario, datasets, {
      executor,
      signal: controller.signal,
      onPairs: (rows) => (pairs = rows),
      onProgress: (p) => {
        const key = `${p.stage}#${p.replicate}`;
        if (key !== current) {
          closeStage();
          current = key;
          stageStarted = performance.now();
        }
        const replicate = p.replicates > 1 ? ` (replicate ${p.replicate + 1}/${p.replicates})` : '';
        progress.update(p.fraction, `${p.label}${replicate}`);
      },
    });
  } catch (error) {
    if (!(error instanceof EngineError && error.code === 'replayStoppedEarly')) failure = error;
  } finally {
    closeStage();
    progress.stop();
    process.removeListener('SIGINT', onInterrupt);
    await executor.close();
  }
  if (failure) throw failure;
  const manifest: RunManifest = {
    command: 'run',
    version,
    source: named.preset ?? named.file,
    complete: results?.run.complete ?? false,
    note: results?.run.note ?? (results ? null : 'stopped before any shard was finished'),
    seed: scenario.population.seed,
    replicates: scenario.monteCarlo.replicates,
    threads,
    scenario,
    timings: { totalSeconds: (performance.now() - started) / 1000, stages },
    results,
  };
  // A partial run never replaces a complete one's files: it goes beside them.
  const folder = manifest.complete || !holdsCompleteRun(out) ? out : `${out}-partial`;
  if (folder !== out) {
    prepareOutDir(folder);
    process.stderr.write(`${runMessage.partialBeside(out, folder)}\n`);
  }
  writeRunFiles(folder, {
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    ...(results
      ? {
          'funnel.csv': funnelCsv(results.funnel),
          'pairs.csv.gz': gzipSync(pairsCsv(pairs)),
        }
      : {}),
  });
  if (!results) {
    process.stderr.write(`${runMessage.interruptedEmpty(folder)}\n`);
    return ExitCode.interrupted;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  else process.stdout.write(summary(results, folder));
  if (!results.run.complete) {
    process.stderr.write(`${runMessage.interrupted(results.run.note ?? '')}\n`);
    return ExitCode.interrupted;
  }
  return ExitCode.ok;
}

/** Whether `dir` holds the manifest of a complete run. */
function holdsCompleteRun(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RunManifest).complete;
  } catch {
    return false;
  }
}

const RUN_FILES = ['manifest.json', 'funnel.csv', 'pairs.csv.gz'] as const;

/**
 * Writes a run's files into `dir`: each to a temporary name first, then all renamed, so a
 * write that fails (a full disk, a folder in the way) leaves the earlier run's files whole.
 * A run's file it does not write (no results) is removed, not left from an earlier run.
 */
function writeRunFiles(
  dir: string,
  files: Partial<Record<(typeof RUN_FILES)[number], string | Buffer>>,
) {
  const written = Object.entries(files);
  try {
    for (const [name, content] of written) writeFileSync(join(dir, `.${name}.partial`), content);
    // Renaming over a file cannot fail halfway; over a folder it fails: refused before the first.
    for (const [name] of written) {
      const target = join(dir, name);
      if (existsSync(target) && statSync(target).isDirectory())
        throw new Error(`${target} is a folder`);
    }
    for (const [name] of written) renameSync(join(dir, `.${name}.partial`), join(dir, name));
  } catch (error) {
    for (const [name] of written) rmSync(join(dir, `.${name}.partial`), { force: true });
    throw new Error(runMessage.cannotWrite(dir, (error as Error).message));
  }
  for (const name of RUN_FILES) if (!(name in files)) rmSync(join(dir, name), { force: true });
}

function summary(r: ReplayResult, out: string): string {
  const lines = [r.headline.sentence, '', r.scale.statement, ''];
  // A partial run says so above its headline, so the sentence is never quoted without it.
  if (!r.run.complete) lines.unshift(runMessage.partialHeadline(r.run.note ?? ''), '');
  const width = Math.max(...r.funnel.map((s) => s.label.length));
  for (const s of r.funnel) {
    const published =
      s.published === null ? '' : `   published ${s.published.toLocaleString('en-US')}`;
    const wrong =
      s.step === 'requested' || s.step === 'screened' ? '' : `   wrong ${roundCount(s.wrong.mean)}`;
    lines.push(`${s.label.padEnd(width)}  ${estimateText(s.count)}${wrong}${published}`);
  }
  lines.push('', runMessage.wrote(out), '');
  return lines.join('\n');
}
