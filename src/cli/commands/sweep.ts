/**
 * `namesake sweep`: the replay over a grid of parameter values, one CSV row per point (the
 * parameters, then the headline numbers with their 90 % intervals). Rows are written as each
 * point finishes, so Ctrl-C keeps every finished row.
 */
import { appendFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  parseSweepAxis,
  sweepCsvHeader,
  sweepCsvRow,
  sweepPoints,
  withParameters,
} from '../../matching/scenario';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../node/loadDatasets';
import { ExitCode, sweepMessage, UsageError } from '../messages';
import { parseCount } from '../options';
import { startOutFile } from '../outputPaths';
import { stagedProgressBar } from '../progress';
import { ReplayRunner, withKnobs } from '../replayEvaluation';
import { replayThreads } from '../../matching/pipeline/runReplay';
import { readScenario } from '../scenarioArgument';
import { defaultThreads } from '../shardPool';

interface SweepOptions {
  param: string[];
  replicates?: string;
  listSample?: string;
  threads?: string;
  out: string;
  datasets?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerSweep(program: Command, report: (exitCode: number) => void): void {
  program
    .command('sweep')
    .description('Run the replay over a grid of parameter values, one CSV row per point')
    .argument('<scenario>', 'a scenario file or a preset name (e.g. irs-ice-2025)')
    .option(
      '--param <path=values>',
      'a parameter and its values: replay.crossReference.name.threshold=0.2,0.4,0.6 or =0.1:0.6:6 (repeat for a grid)',
      collect,
      [],
    )
    .option('--replicates <n>', 'Monte Carlo replicates per point (default: the scenario’s)')
    .option('--list-sample <n>', 'list records matched per replicate (counts are scaled)')
    .option(
      '--threads <n>',
      'worker threads (default: one per core; never more than the population has shards of a million)',
    )
    .option('--out <file>', 'CSV file to write', 'sweep.csv')
    .option('--datasets <dir>', 'folder of dataset files (default: the installed datasets/)')
    .action(async (scenario: string, options: SweepOptions) => {
      report(await runSweep(scenario, options));
    });
}

export async function runSweep(scenarioArg: string, options: SweepOptions): Promise<number> {
  const datasetsDir = options.datasets ?? DEFAULT_DATASETS_DIR;
  const { scenario: base } = readScenario(scenarioArg, datasetsDir);
  if (options.param.length === 0) throw new UsageError(sweepMessage.noParam());
  const axes = options.param.map((spec) => parseSweepAxis(spec, base));
  const scenario = withKnobs(base, {
    ...(options.listSample !== undefined
      ? { listSample: parseCount('--list-sample', options.listSample, 1, 20_000_000) }
      : {}),
    ...(options.replicates !== undefined
      ? { replicates: parseCount('--replicates', options.replicates, 1, 10_000) }
      : {}),
  });
  const points = sweepPoints(axes);
  // Every point is validated before the first run, so a bad value cannot stop a sweep midway.
  const scenarios = points.map((p) => withParameters(scenario, p));
  const threads = replayThreads(
    options.threads !== undefined
      ? parseCount('--threads', options.threads, 1, 256)
      : defaultThreads(),
    scenarios,
  );
  startOutFile(options.out, `${sweepCsvHeader(axes)}\n`);
  const runner = new ReplayRunner(loadDatasets(datasetsDir), threads, datasetsDir);
  // Points sharing their passes 1 run one after another, whatever the order of the axes; rows
  // are written in that order, each with its parameters.
  const order = ReplayRunner.runOrder(scenarios);
  // Points are weighed by their expected time: a point whose passes 1 an earlier point made
  // (a sweep of the cross-reference) takes about a tenth of the first point's time. The plan is
  // made again after each point, from the passes then stored (the store may not keep them all).
  let remaining = runner.plannedCosts(order.map((i) => scenarios[i]!));
  let costDone = 0;
  let shown = 0;
  const progress = stagedProgressBar(process.stderr.isTTY === true, true);
  const show = (fraction: number, label: string) => {
    shown = Math.max(shown, fraction);
    progress.update(shown, label);
  };
  let done = 0;
  try {
    for (let k = 0; k < order.length && !runner.stopped; k++) {
      const i = order[k]!;
      const cost = remaining[0]!;
      const total = costDone + remaining.reduce((a, b) => a + b, 0);
      const label = `Sweep point ${k + 1} of ${points.length}`;
      const result = await runner.run(scenarios[i]!, (p) =>
        show((costDone + p.fraction * cost) / total, label),
      );
      // A point stopped midway describes something else than the grid asks for: not written.
      if (!result.run.complete) break;
      appendFileSync(options.out, `${sweepCsvRow(axes, points[i]!, result)}\n`);
      done++;
      costDone += cost;
      remaining = runner.plannedCosts(order.slice(k + 1).map((j) => scenarios[j]!));
      show(costDone / (costDone + remaining.reduce((a, b) => a + b, 0)), label);
    }
  } finally {
    progress.stop();
    await runner.close();
  }
  process.stderr.write(`${sweepMessage.written(done, points.length, options.out)}\n`);
  return done < points.length ? ExitCode.interrupted : ExitCode.ok;
}
