/**
 * `namesake calibrate`: settings of the parameters the record does not reveal that reproduce the
 * published counts (src/matching/scenario/calibrate.ts), the fit per target, and which
 * parameters the counts do not pin down (their profiles).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  calibrate,
  CALIBRATION_RANGES,
  MAX_PROFILE_ROUNDS,
  CALIBRATION_TARGETS,
  numberAt,
  withParameter,
  type CalibrationRange,
  type CalibrationReport,
  type Measurement,
  type Scenario,
} from '../../matching/scenario';
import { EngineError } from '../../matching/messages';
import { MAX_POPULATION } from '../../matching/population/population';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../node/loadDatasets';
import { calibrateMessage, ExitCode, UsageError } from '../messages';
import { prepareOutDir } from '../outputPaths';
import { parseCount } from '../options';
import { progressBar } from '../progress';
import { ReplayRunner, withKnobs } from '../replayEvaluation';
import { replayThreads } from '../../matching/pipeline/runReplay';
import { readScenario } from '../scenarioArgument';
import { defaultThreads } from '../shardPool';

interface CalibrateOptions {
  listSample?: string;
  budget?: string;
  profilePoints?: string;
  proxySize?: string;
  param: string[];
  threads?: string;
  out?: string;
  json?: boolean;
  datasets?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerCalibrate(program: Command, report: (exitCode: number) => void): void {
  program
    .command('calibrate')
    .description(
      'Find settings of the unrevealed parameters that reproduce the published counts, and which ones the counts do not pin down',
    )
    .argument('<scenario>', 'a scenario file or a preset name (e.g. irs-ice-2025)')
    .option('--list-sample <n>', 'list records matched per run (counts are scaled)', '20000')
    .option('--budget <k>', 'most replay runs for the search (profiles add more)', '30')
    .option('--profile-points <p>', 'points per parameter profile', '5')
    .option(
      '--proxy-size <n>',
      'run on a population of n with the request list scaled alike (fits rates only; see README)',
    )
    .option(
      '--param <path=low:high>',
      'a parameter and its range (repeat; default: the documented ranges)',
      collect,
      [],
    )
    .option('--threads <n>', 'worker threads (default: one per core)')
    .option('--out <dir>', 'folder for calibration.json and calibration-profiles.csv')
    .option('--datasets <dir>', 'folder of dataset files (default: the installed datasets/)')
    .option('--json', 'print the report as JSON on stdout')
    .action(async (scenario: string, options: CalibrateOptions) => {
      report(await runCalibrate(scenario, options));
    });
}

export async function runCalibrate(
  scenarioArg: string,
  options: CalibrateOptions,
): Promise<number> {
  const datasetsDir = options.datasets ?? DEFAULT_DATASETS_DIR;
  const named = readScenario(scenarioArg, datasetsDir);
  const listSample = parseCount('--list-sample', options.listSample ?? '20000', 1, 20_000_000);
  const budget = parseCount('--budget', options.budget ?? '30', 1, 10_000);
  const profilePoints = parseCount('--profile-points', options.profilePoints ?? '5', 2, 50);
  const threads =
    options.threads !== undefined
      ? parseCount('--threads', options.threads, 1, 256)
      : defaultThreads();
  const parameters =
    options.param.length > 0
      ? options.param.map((p) => parseRange(p, named.scenario))
      : CALIBRATION_RANGES.filter((r) => numberAt(named.scenario, r.path) !== undefined);
  const proxy =
    options.proxySize !== undefined
      ? parseCount('--proxy-size', options.proxySize, 1000, MAX_POPULATION)
      : null;
  // A proxy is a smaller population: a larger one would overstate collisions, not understate.
  if (proxy !== null && proxy >= named.scenario.population.size)
    throw new UsageError(calibrateMessage.proxyNotSmaller(proxy, named.scenario.population.size));
  const scenario = proxy === null ? named.scenario : proxied(named.scenario, proxy);
  const listRatio = named.scenario.replay.list.size / scenario.replay.list.size;

  // The folder is made before the search, so a bad --out is said at once, not after the runs.
  if (options.out) prepareOutDir(options.out);
  // The calibrated parameters never change the population's size, so the base scenario's
  // shards bound the threads.
  const runner = new ReplayRunner(
    loadDatasets(datasetsDir),
    replayThreads(threads, [scenario]),
    datasetsDir,
  );
  const planned = budget + parameters.length * profilePoints;
  const progress = progressBar('Calibrating', planned, 'runs');
  let report: CalibrationReport;
  /** The request list of the last run: records matched, and on the list. */
  let matched = { sampled: listSample, full: listSample };
  try {
    report = await calibrate(scenario, {
      parameters,
      budget,
      profilePoints,
      signal: runner.abort.signal,
      onRun: (run, runs, plannedRuns) => {
        progress.update(runs, plannedRuns);
        // Without a terminal (a log file), one line per run shows how far it is.
        if (!process.stderr.isTTY && !options.json)
          process.stderr.write(`${calibrateMessage.runDone(runs, plannedRuns, run.distance)}\n`);
      },
      evaluate: async (s): Promise<Measurement> => {
        const result = await runner.run(withKnobs(s, { listSample, replicates: 1 }));
        matched = { sampled: result.scale.listSampled, full: result.scale.listFull };
        const simulated: Record<string, number> = {};
        for (const c of result.calibration) {
          const kind = CALIBRATION_TARGETS.find((t) => t.target === c.target)?.kind ?? 'share';
          simulated[c.target] = kind === 'count' ? c.simulated.mean * listRatio : c.simulated.mean;
        }
        return { simulated, scaleFactor: result.scale.factor * listRatio };
      },
    });
  } catch (error) {
    if (runner.stopped) {
      process.stderr.write(`${calibrateMessage.interruptedEarly()}\n`);
      return ExitCode.interrupted;
    }
    throw error;
  } finally {
    progress.stop();
    await runner.close();
  }
  const output = {
    command: 'calibrate' as const,
    scenario: named.preset ?? named.file,
    listSample,
    proxySize: proxy,
    statement:
      proxy === null
        ? matched.sampled < matched.full
          ? `Each run matched a sample of ${listSample.toLocaleString('en-US')} list records against the scenario's full population of ${scenario.population.size.toLocaleString('en-US')}.`
          : `Each run matched the whole request list (${matched.full.toLocaleString('en-US')} records, no more than --list-sample ${listSample.toLocaleString('en-US')}) against the scenario's full population of ${scenario.population.size.toLocaleString('en-US')}.`
        : `Each run used a proxy population of ${proxy.toLocaleString('en-US')} people (the scenario's is ${named.scenario.population.size.toLocaleString('en-US')}) with the request list scaled alike (${matched.full.toLocaleString('en-US')} records in the last run${matched.sampled < matched.full ? `, ${matched.sampled.toLocaleString('en-US')} of them matched` : ''}); counts are scaled back by ${listRatio.toFixed(3)}. Rates are fitted; name collisions, which grow with the population, are understated.`,
    report,
  };
  // The report goes to stdout first: a file that cannot be written then loses nothing.
  process.stdout.write(
    options.json
      ? `${JSON.stringify(output, null, 2)}\n`
      : `${formatCalibration(output.statement, report)}\n`,
  );
  if (options.out) {
    writeFileSync(join(options.out, 'calibration.json'), `${JSON.stringify(output, null, 2)}\n`);
    writeFileSync(join(options.out, 'calibration-profiles.csv'), profilesCsv(report));
  }
  return report.complete ? ExitCode.ok : ExitCode.interrupted;
}

function parseRange(spec: string, scenario: Scenario): CalibrationRange {
  const match = /^([A-Za-z0-9_.]+)=(-?[\d.e]+):(-?[\d.e]+)$/.exec(spec.trim());
  if (!match) throw new UsageError(calibrateMessage.badParam(spec));
  const [path, low, high] = [match[1]!, Number(match[2]), Number(match[3])];
  if (numberAt(scenario, path) === undefined || !(low < high))
    throw new UsageError(calibrateMessage.badParam(spec));
  // Both ends are values the parameter accepts, so no run of the search is refused midway.
  for (const value of [low, high]) {
    try {
      withParameter(scenario, path, value);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      throw new UsageError(calibrateMessage.badValue(spec, value, error.message));
    }
  }
  return { path, low, high, doc: 'given on the command line' };
}

/** The scenario on a proxy population, its request list scaled alike. */
function proxied(scenario: Scenario, size: number): Scenario {
  const ratio = size / scenario.population.size;
  const list = Math.max(1, Math.round(scenario.replay.list.size * ratio));
  return {
    ...scenario,
    population: { ...scenario.population, size },
    replay: { ...scenario.replay, list: { ...scenario.replay.list, size: list } },
  };
}

function profilesCsv(report: CalibrationReport): string {
  const rows = ['parameter,value,distance,best,pinned'];
  for (const p of report.profiles)
    for (const q of p.points)
      rows.push([p.path, q.value, q.distance.toFixed(3), p.best, p.pinned].join(','));
  return `${rows.join('\n')}\n`;
}

const num = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString();

export function formatCalibration(statement: string, r: CalibrationReport): string {
  const lines = [
    `Calibration: ${r.runs} replay runs${r.complete ? '' : ' (interrupted: the best so far)'}. ${statement}`,
    '',
    `Best settings (distance D = ${r.best.distance.toFixed(2)}; from D = ${r.start.distance.toFixed(2)} at the scenario's values):`,
  ];
  for (const [path, value] of Object.entries(r.best.values))
    lines.push(`  ${path} = ${num(value)}`);
  if (r.unprofiledBetter)
    lines.push(
      `  (the last profiles passed through a setting that fits better, D = ${r.unprofiledBetter.distance.toFixed(2)}, after ${MAX_PROFILE_ROUNDS} rounds of profiles: ${Object.entries(
        r.unprofiledBetter.values,
      )
        .map(([path, value]) => `${path} = ${num(value)}`)
        .join(', ')}; calibrate again from it for its profiles)`,
    );
  lines.push('', 'Fit per target (counts per 1.28 M requested; z = (simulated − published) / σ):');
  for (const f of r.best.fits)
    lines.push(
      f.fitted
        ? `  ${f.label}: simulated ${num(f.simulated)}, published ${num(f.published)}, σ ${num(f.sigma)}, z ${f.z.toFixed(2)}`
        : `  ${f.label}: simulated ${num(f.simulated)}, published ${num(f.published)} (not fitted: no calibrated parameter moves it; the other counts are per 1.28 M of these)`,
    );
  lines.push('', 'Profiles (D across each range, the others at their best):');
  for (const p of r.profiles) {
    const verdict = p.pinned
      ? `pinned down: D within the noise of its minimum only for ${num(p.consistent.low)}–${num(p.consistent.high)}`
      : `NOT pinned down: the counts hardly change over ${num(p.consistent.low)}–${num(p.consistent.high)} of ${num(p.low)}–${num(p.high)}`;
    lines.push(`  ${p.path}: ${verdict}`);
    lines.push(
      `    ${p.points.map((q) => `${num(q.value)} → ${q.distance.toFixed(1)}`).join(' · ')}`,
    );
  }
  lines.push('', `Method: ${r.method}.`);
  return lines.join('\n');
}
