/**
 * The full-scale replay, end to end: the irs-ice-2025 preset (the 1.28 M request list against
 * the full-size population and its ~160 M tax filers) on every core, timed, with the peak
 * resident memory of the process (main thread and workers). One replicate unless --replicates
 * says otherwise (the preset asks for more; each costs the same again). Then one more point of
 * a sweep of ICE's name threshold, which reuses the population pass (pipeline/passOne.ts): what
 * each further point of such a sweep costs.
 *
 * Options (through bench/run.ts): --scenario irs-ice-2025 (a preset or file), --replicates 1,
 * --list-sample N, --threads T.
 */
import { availableParallelism } from 'node:os';
import { WorkerExecutor } from '../src/cli/taskPool';
import { readScenario } from '../src/cli/scenarioArgument';
import type { ReplayResult } from '../src/matching/pipeline/ReplayResult';
import { PassOneCache } from '../src/matching/pipeline/passOne';
import { runReplay } from '../src/matching/pipeline/runReplay';
import { parseScenario, withParameters } from '../src/matching/scenario';
import { PASS_ONE_CACHE_BYTES } from '../src/cli/replayEvaluation';
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
  /** A further sweep point (another ICE name threshold) reusing the population pass. */
  sweepPoint: { threshold: number; seconds: number; updated: number; peakRssMiB: number };
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
  const passOne = new PassOneCache(PASS_ONE_CACHE_BYTES);
  let sweepPoint: ReplayBenchResult['sweepPoint'];
  let peakRssMiB: number;
  let seconds: number;
  try {
    result = await runReplay(scenario, datasets, {
      executor,
      passOne,
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
    stages.push({ stage, seconds: (performance.now() - stageStarted) / 1000 });
    // End to end: from before the datasets are read, start-up included.
    seconds = (performance.now() - started) / 1000;
    peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const threshold = 0.4;
    const pointStarted = performance.now();
    const point = await runReplay(
      withParameters(scenario, { 'replay.crossReference.name.threshold': threshold }),
      datasets,
      { executor, passOne },
    );
    sweepPoint = {
      threshold,
      seconds: (performance.now() - pointStarted) / 1000,
      updated: point.funnel.find((s) => s.step === 'updated')!.count.mean,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await executor.close();
  }
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
    sweepPoint,
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
  console.log(
    `  A further sweep point (ICE name threshold ${sweepPoint.threshold}), reusing the population pass: ${sweepPoint.seconds.toFixed(1)} s, ${fmt(sweepPoint.updated)} updated addresses, peak RSS ${fmt(sweepPoint.peakRssMiB)} MiB`,
  );
  return out;
}
