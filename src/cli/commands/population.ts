/**
 * `namesake population`: generate a population (streamed in shards on every core) and print
 * what drives false matches in it.
 */
import type { Command } from 'commander';
import { PopulationModel } from '../../matching/population/model';
import { MAX_POPULATION, shardCount } from '../../matching/population/population';
import { PopulationStats, type PopulationSummary } from '../../matching/population/summary';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../node/loadDatasets';
import { formatPopulationSummary } from '../format';
import { cliMessage, ExitCode } from '../messages';
import { parseCount } from '../options';
import { progressBar } from '../progress';
import { readPopulationConfig } from '../scenarioFile';
import { defaultThreads, generateShards } from '../shardPool';

interface PopulationOptions {
  size?: string;
  seed?: string;
  scenario?: string;
  threads?: string;
  json?: boolean;
  datasets?: string;
}

export interface PopulationReport {
  command: 'population';
  config: ReturnType<typeof readPopulationConfig>;
  summary: PopulationSummary;
  complete: boolean;
  timing: { seconds: number; threads: number; shards: number; peoplePerSecond: number };
}

export function registerPopulation(program: Command, report: (exitCode: number) => void): void {
  program
    .command('population')
    .description('Generate a synthetic population and summarise its name and birth-date collisions')
    .option(
      '--size <n>',
      "number of people (e.g. 1000000, 10M; default: the scenario's, else 1,000,000)",
    )
    .option('--seed <s>', 'random seed (0–4294967295)')
    .option(
      '--scenario <file>',
      'a scenario JSON file whose "population" member sets the parameters',
    )
    .option('--threads <n>', 'worker threads (default: one per core)')
    .option('--datasets <dir>', 'folder of dataset files (default: the installed datasets/)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (options: PopulationOptions) => {
      report(await runPopulation(options));
    });
}

export async function runPopulation(options: PopulationOptions): Promise<number> {
  const size =
    options.size !== undefined ? parseCount('--size', options.size, 1, MAX_POPULATION) : undefined;
  const seed =
    options.seed !== undefined ? parseCount('--seed', options.seed, 0, 0xffffffff) : undefined;
  const threads =
    options.threads !== undefined
      ? parseCount('--threads', options.threads, 1, 256)
      : defaultThreads();
  const config = readPopulationConfig(options.scenario, { size, seed });
  const datasetsDir = options.datasets ?? DEFAULT_DATASETS_DIR;
  const started = performance.now();
  const model = new PopulationModel(loadDatasets(datasetsDir), config);
  const stats = new PopulationStats(model.dictionary, config.referenceYear);
  const total = shardCount(config.size);
  const usedThreads = Math.min(threads, total);
  const progress = progressBar(
    'Generating population',
    total,
    'shards',
    !options.json && process.stderr.isTTY === true,
  );
  const signal = { stopped: false };
  const onInterrupt = () => {
    signal.stopped = true;
  };
  process.once('SIGINT', onInterrupt);
  let done = 0;
  try {
    done = await generateShards(model, {
      threads: usedThreads,
      datasetsDir,
      signal,
      onShard: (shard) => {
        stats.add(shard);
        progress.update(++done);
      },
    });
  } finally {
    progress.stop();
    process.removeListener('SIGINT', onInterrupt);
  }
  if (done === 0) {
    process.stderr.write(`${cliMessage.interrupted(0, total)}\n`);
    return ExitCode.interrupted;
  }
  if (done < total) process.stderr.write(`${cliMessage.interrupted(done, total)}\n`);
  const summary = stats.finish();
  const seconds = (performance.now() - started) / 1000;
  const timing = {
    seconds,
    threads: usedThreads,
    shards: done,
    peoplePerSecond: summary.people / seconds,
  };
  if (options.json) {
    const report: PopulationReport = {
      command: 'population',
      config,
      summary,
      complete: done === total,
      timing,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${formatPopulationSummary(summary, config.seed, config.referenceYear, timing)}\n`,
    );
  }
  return done < total ? ExitCode.interrupted : ExitCode.ok;
}
