/**
 * Replays the IRS→ICE pipeline of 2025 over a synthetic population and counts, against the
 * truth, the wrong doors it leads to. The public entry point of the pipeline:
 *
 *   runReplay(scenario, datasets,
 *             { executor, onProgress, onPairs, signal, now, passOne, onPassOneReused })
 *     → Promise<ReplayResult>
 *
 *  - `scenario`: a parsed Scenario (scenario/parseScenario.ts); the replay reads its
 *    `population`, `replay` (replayConfig.ts) and `monteCarlo` members.
 *  - `datasets`: the parsed datasets (the command line reads them from disk, the app fetches
 *    them).
 *  - `executor`: where the shard work runs (executor.ts): InThreadExecutor by default, the
 *    command line's worker threads (src/cli/taskPool.ts), or the app's Web Workers. Results are
 *    identical whichever runs them.
 *  - `onProgress`: stage, fraction done and ETA (ReplayProgress), after every shard; a
 *    replicate that reuses a stored pass 1 weighs a tenth of one that runs it.
 *  - `onPairs`: the first replicate's disclosures as rows (pipeline/pairRows.ts), for
 *    pairs.csv.
 *  - `signal`: cancellation (an AbortSignal will do). A run stopped early keeps what is done:
 *    the finished replicates; or, stopped in the first, the finished shards of it as a smaller
 *    population, said so in `result.run` (complete: false, with a note). Stopped before any
 *    shard finished, it rejects with EngineError 'replayStoppedEarly'.
 *  - `now`: a clock in milliseconds for the ETA (default Date.now).
 *  - `passOne`: finished passes 1 (passOne.ts) that a replicate with the same population and
 *    pass-1 settings reuses instead of running its own; a sweep of the cross-reference keeps
 *    one across its points. The numbers are the same either way; `onPassOneReused` hears of
 *    each replicate that reused one.
 *
 * Pipeline, per replicate r (seed + r):
 *   pass 1, per shard, streamed (replayShard.ts): population → ICE's and the IRS's records →
 *     list candidates → IRS screen flag → IRS match (TIN path, name path) → disclosures with
 *     the residents of their addresses;
 *   merge in shard order (mergeShards.ts) → the request list and its sample (requestList.ts)
 *     → ICE cross-reference against the whole list (iceCrossReference.ts) → doors (doors.ts)
 *     → counts scaled to the full list (tally.ts);
 *   then, over replicates, estimates with 90 % intervals (monteCarlo.ts, assembleResult.ts).
 */
import type { Datasets } from '../datasets/parse';
import { engineError } from '../messages';
import type { PopulationModel } from '../population/model';
import { shardCount } from '../population/population';
import { numberAt, parameterQuantile, withParameters, type Scenario } from '../scenario';
import { assembleResult, type FirstReplicateExtras } from './assembleResult';
import { wrongMatchExamples } from './examples';
import { InThreadExecutor, sharedTaskEnv, type CancelSignal, type ShardExecutor } from './executor';
import { mergeShards, type MergedShards } from './mergeShards';
import { passOneKey, passOneSettings, type PassOneCache } from './passOne';
import { replicateOutcomes } from './outcomes';
import { pairRows, type PairRow } from './pairRows';
import type { ReplayProgress, ReplayResult } from './ReplayResult';
import { selectList } from './requestList';
import { drawUint32, ReplayStream } from './streams';
import { tally, type ReplicateCounts } from './tally';
import { thresholdPanels } from './thresholdPanels';

export interface RunReplayOptions {
  executor?: ShardExecutor;
  onProgress?: (progress: ReplayProgress) => void;
  onPairs?: (rows: PairRow[]) => void;
  signal?: CancelSignal;
  now?: () => number;
  /**
   * Finished passes 1 to reuse and to add to (passOne.ts): a replicate whose population and
   * pass-1 settings match a stored one skips straight to the cross-reference.
   */
  passOne?: PassOneCache;
  /** Called for each replicate that reused a stored pass 1 instead of running its own. */
  onPassOneReused?: (replicate: number) => void;
}

/** Share of a replicate's time spent in pass 1 (for the overall fraction and ETA). */
const PASS_SHARE = 0.9;

/**
 * A replicate's time relative to one that runs pass 1, when it reuses a stored pass 1 (the
 * cross-reference only): progress and the ETA weigh replicates by it.
 */
export const REUSED_PASS_COST = 1 - PASS_SHARE;

/**
 * The threads to run `scenarios` on: `requested`, but no more than a replicate has shards (its
 * pass 1 runs one shard a thread; its cross-reference has as few links as its population is
 * small). A one-shard scenario so runs in one thread: a worker would read the datasets and build
 * the model again, about a second, for no work in parallel. The command line and the app both
 * run, and report, this many.
 */
export function replayThreads(requested: number, scenarios: readonly Scenario[]): number {
  const shards = Math.max(1, ...scenarios.map((s) => shardCount(s.population.size)));
  return Math.max(1, Math.min(requested, shards));
}

/** The scenario replicate r runs: seed + r, and the uncertain parameters drawn for r. */
export function replicateScenario(scenario: Scenario, r: number): Scenario {
  const seed = scenario.population.seed;
  const drawn: Record<string, number> = {};
  scenario.monteCarlo.uncertain.forEach((p, i) => {
    const u = drawUint32(seed, ReplayStream.uncertainty, r * 65536 + i) / 4294967296;
    drawn[p.path] = parameterQuantile(p, u, numberAt(scenario, p.path) ?? p.low);
  });
  const varied = Object.keys(drawn).length > 0 ? withParameters(scenario, drawn) : scenario;
  return { ...varied, population: { ...varied.population, seed: (seed + r) >>> 0 } };
}

/** The pass-1 key (passOne.ts) of each replicate of `scenario`. */
export function replicateKeys(scenario: Scenario): string[] {
  return Array.from({ length: scenario.monteCarlo.replicates }, (_, r) => {
    const sc = replicateScenario(scenario, r);
    return passOneKey(sc.population, passOneSettings(sc.replay));
  });
}

export async function runReplay(
  scenario: Scenario,
  datasets: Datasets,
  options: RunReplayOptions = {},
): Promise<ReplayResult> {
  const executor = options.executor ?? new InThreadExecutor(datasets);
  const now = options.now ?? (() => Date.now());
  const started = now();
  const replicates = scenario.monteCarlo.replicates;
  const env = sharedTaskEnv(datasets);
  const counts: ReplicateCounts[] = [];
  let extras: FirstReplicateExtras = { thresholds: [], examples: [] };
  const total = shardCount(scenario.population.size);
  let shardsDone = total;
  let note: string | null = null;
  // The passes this run stores are kept from each other's eviction (PassOneCache.set), and a
  // replicate whose pass is stored now costs only its cross-reference in the progress.
  const keys = options.passOne ? replicateKeys(scenario) : [];
  const keep = new Set(keys);
  const costs = Array.from({ length: replicates }, (_, r) =>
    options.passOne?.has(keys[r]!) ? REUSED_PASS_COST : 1,
  );
  const costBefore = [0];
  for (const cost of costs) costBefore.push(costBefore[costBefore.length - 1]! + cost);
  const totalCost = costBefore[replicates]!;

  /** `within`: the part of replicate r done, in units of a replicate that runs pass 1. */
  const report = (stage: string, label: string, r: number, within: number) => {
    if (!options.onProgress) return;
    const fraction = Math.min(1, (costBefore[r]! + Math.min(within, costs[r]!)) / totalCost);
    const elapsed = (now() - started) / 1000;
    options.onProgress({
      stage,
      label,
      replicate: r,
      replicates,
      fraction,
      etaSeconds: fraction > 0 ? (elapsed * (1 - fraction)) / fraction : null,
    });
  };

  for (let r = 0; r < replicates; r++) {
    if (options.signal?.aborted) break;
    const sc = replicateScenario(scenario, r);
    const input = { population: sc.population, replay: passOneSettings(sc.replay) };
    const key = options.passOne ? keys[r]! : '';
    const stored = options.passOne?.get(key);
    let model: PopulationModel;
    let merged: MergedShards;
    if (stored) {
      ({ model, merged } = stored);
      options.onPassOneReused?.(r);
      report('population', 'Population and IRS match: the same as an earlier run, reused', r, 0);
    } else {
      report('population', 'Generating the population and matching shard by shard', r, 0);
      const pending = executor.run('replayShard', input, total, {
        signal: options.signal,
        onShard: (_, done) =>
          report(
            'population',
            `Shard ${done} of ${total}: population, records, IRS match`,
            r,
            ((costs[r]! - REUSED_PASS_COST) * done) / total,
          ),
      });
      // The collecting thread's model is built while the workers start on their shards.
      model = env.model(sc.population);
      const pass = await pending;
      if (pass.done < total) {
        // Stopped: a later replicate is dropped whole; the first keeps its finished shards.
        if (r > 0 || pass.done === 0) break;
        shardsDone = pass.done;
      }
      merged = mergeShards(model, pass.outputs);
      if (pass.done === total) options.passOne?.set(key, { model, merged }, keep);
    }
    report('crossReference', 'ICE cross-reference and doors', r, costs[r]! - REUSED_PASS_COST);
    const listSize =
      shardsDone < total
        ? Math.round((sc.replay.list.size * shardsDone) / total)
        : sc.replay.list.size;
    const sample =
      sc.replay.list.sample === null
        ? null
        : shardsDone < total
          ? Math.max(1, Math.round((sc.replay.list.sample * shardsDone) / total))
          : sc.replay.list.sample;
    const list = selectList(merged.candidates.rank, listSize, sample);
    const outcomes = await replicateOutcomes(model, merged, list, sc.replay, executor);
    const replicateCounts = tally(merged, outcomes);
    counts.push(replicateCounts);
    if (r === 0) {
      extras = {
        thresholds: thresholdPanels(outcomes, replicateCounts.factor),
        examples: wrongMatchExamples(model, merged, outcomes, sc.replay.examples),
      };
      options.onPairs?.(pairRows(model, merged, outcomes));
    }
    report('crossReference', 'Replicate done', r, costs[r]!);
    if (shardsDone < total) {
      note = `stopped during the first replicate: ${shardsDone} of ${total} shards of the population were made, so these numbers describe a population of ${merged.people.toLocaleString('en-US')} people with a list scaled to match, not the scenario's`;
      break;
    }
  }
  if (counts.length === 0) throw engineError('replayStoppedEarly');
  if (note === null && counts.length < replicates)
    note = `stopped after ${counts.length} of ${replicates} replicates: the estimates are over those`;
  return assembleResult(datasets, counts, extras, {
    complete: note === null,
    seed: scenario.population.seed,
    replicatesRequested: replicates,
    replicatesDone: counts.length,
    shardsDone,
    shardsTotal: total,
    note,
  });
}
