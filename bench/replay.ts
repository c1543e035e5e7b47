/**
 * The full-scale replay, end to end: the irs-ice-2025 preset (the 1.28 M request list against
 * the full-size population and its ~160 M tax filers) on every core, timed, with the peak
 * resident memory of the process (main thread and workers). One replicate unless --replicates
 * says otherwise (the preset asks for more; each costs the same again).
 *
 * Options (through bench/run.ts): --scenario irs-ice-2025 (a preset or file), --replicates 1,
 * --list-sample N, --threads T.
 */
import { availableParallelism } from 'node:os';
import { WorkerExecutor } from '../src/cli/taskPool';
import { readScenario } from '../src/cli/scenarioArgument';
import type { ReplayResult } from '../src/matching/pipeline/ReplayResult';
import { runReplay } from '../src/matching/pipeline/runReplay';
import { parseScenario } from '../src/matching/scenario';
import { loadDatasets } from '../src/node/loadDatasets';

export interface ReplayBenchResult {
  scenario: string;
  people: number;
  taxFilers: number;
  listFull: number;
  listSampled: number;
  replicates: number;
  threads: number;
  seconds: number;
  stages: { stage: string; seconds: number }[];
  peakRssMiB: number;
  headline: string;
  funnel: { step: string; count: number; wrong: number; published: number | null }[];
  calibration: { target: string; published: number; simulated: number }[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function benchReplay(options: {
  scenario: string;
  replicates: number;
  listSample: number | null;
  threads?: number;
}): Promise<ReplayBenchResult> {
  const named = readScenario(options.scenario);
  const scenario = parseScenario({
    ...named.scenario,
    monteCarlo: { ...named.scenario.monteCarlo, replicates: options.replicates },
    replay: {
      ...named.scenario.replay,
      list: { ...named.scenario.replay.list, sample: options.listSample },
    },
  });
  const threads = options.threads ?? availableParallelism();
  console.log(
    `\nReplay ${options.scenario}: ${fmt(scenario.population.size)} people, list ${fmt(scenario.replay.list.size)}${options.listSample ? ` (sample ${fmt(options.listSample)})` : ''}, ${options.replicates} replicate(s), ${threads} threads`,
  );
  const started = performance.now();
  const datasets = loadDatasets();
  const executor = new WorkerExecutor(threads);
  const stages: { stage: string; seconds: number }[] = [];
  let stage = '';
  let stageStarted = started;
  let lastPrint = 0;
  let result: ReplayResult;
  try {
    result = await runReplay(scenario, datasets, {
      executor,
      onProgress: (p) => {
        if (p.stage !== stage) {
          if (stage) stages.push({ stage, seconds: (performance.now() - stageStarted) / 1000 });
          stage = p.stage;
          stageStarted = performance.now();
        }
        const now = performance.now();
        if (now - lastPrint > 15_000) {
          lastPrint = now;
          console.log(
            `  … ${(p.fraction * 100).toFixed(0)} % after ${((now - started) / 1000).toFixed(0)} s (${p.label}), RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`,
          );
        }
      },
    });
  } finally {
    await executor.close();
  }
  stages.push({ stage, seconds: (performance.now() - stageStarted) / 1000 });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const out: ReplayBenchResult = {
    scenario: options.scenario,
    people: result.population.size,
    taxFilers: result.population.taxFilers,
    listFull: result.scale.listFull,
    listSampled: result.scale.listSampled,
    replicates: result.replicates,
    threads,
    seconds,
    stages,
    peakRssMiB,
    headline: result.headline.sentence,
    funnel: result.funnel.map((s) => ({
      step: s.step,
      count: s.count.mean,
      wrong: s.wrong.mean,
      published: s.published,
    })),
    calibration: result.calibration.map((c) => ({
      target: c.target,
      published: c.published,
      simulated: c.simulated.mean,
    })),
  };
  console.log(
    `  ${fmt(out.people)} people, ${fmt(out.taxFilers)} tax filers, list ${fmt(out.listFull)}: ${seconds.toFixed(1)} s end to end (target < 60 s), peak RSS ${fmt(peakRssMiB)} MiB (target < 4,096)`,
  );
  for (const s of stages) console.log(`    ${s.stage.padEnd(16)} ${s.seconds.toFixed(1)} s`);
  for (const f of out.funnel)
    console.log(
      `    ${f.step.padEnd(10)} ${fmt(f.count).padStart(10)}  wrong ${fmt(f.wrong).padStart(8)}${f.published === null ? '' : `  published ${fmt(f.published)}`}`,
    );
  console.log(`  ${out.headline}`);
  return out;
}
