/**
 * What `namesake sweep` and `namesake calibrate` share: running the replay of one scenario after
 * another on one set of worker threads, with the command line's scale knobs applied, stopping
 * cleanly on Ctrl-C, and reusing the population pass of an earlier run whose population and
 * pass-1 settings are the same (pipeline/passOne.ts) — a sweep of the cross-reference's name
 * rule runs pass 1 once per replicate, not once per point.
 */
import type { Datasets } from '../matching/datasets/parse';
import { InThreadExecutor, type ShardExecutor } from '../matching/pipeline/executor';
import type { ReplayProgress, ReplayResult } from '../matching/pipeline/ReplayResult';
import { PassOneCache } from '../matching/pipeline/passOne';
import { REUSED_PASS_COST, replicateKeys, runReplay } from '../matching/pipeline/runReplay';
import type { Scenario } from '../matching/scenario';
import { WorkerExecutor } from './taskPool';

export interface RunKnobs {
  /** List records that go through the IRS match (null: the whole list). */
  listSample?: number;
  replicates?: number;
}

/** The scenario with the command line's scale knobs applied. */
export function withKnobs(scenario: Scenario, knobs: RunKnobs): Scenario {
  return {
    ...scenario,
    replay: {
      ...scenario.replay,
      list: { ...scenario.replay.list, sample: knobs.listSample ?? scenario.replay.list.sample },
    },
    monteCarlo: {
      ...scenario.monteCarlo,
      replicates: knobs.replicates ?? scenario.monteCarlo.replicates,
    },
  };
}

/**
 * Bytes of finished passes 1 a runner keeps for reuse. A replicate of the full irs-ice-2025
 * replay holds about 165 MB (505 kB from each of its 325 shards), so this keeps six, and a
 * sweep's peak memory stays within the replay's 4 GB target (its peak is about 2 GB).
 */
export const PASS_ONE_CACHE_BYTES = 1 << 30;

/**
 * Where a command's replays run: worker threads, or this thread for one, yielding to the event
 * loop after each shard so that Ctrl-C (a signal handler) is heard while the shards run.
 */
export function replayExecutor(
  threads: number,
  datasets: Datasets,
  datasetsDir: string,
): ShardExecutor {
  return threads > 1
    ? new WorkerExecutor(threads, datasetsDir)
    : new InThreadExecutor(datasets, () => new Promise((resolve) => setImmediate(resolve)));
}

export class ReplayRunner {
  private readonly executor: ShardExecutor;
  private readonly passOne = new PassOneCache(PASS_ONE_CACHE_BYTES);
  /** Aborted by Ctrl-C: the run in progress stops after its shards in flight. */
  readonly abort = new AbortController();
  private readonly onInterrupt = () => this.abort.abort();

  constructor(
    private readonly datasets: Datasets,
    threads: number,
    datasetsDir: string,
  ) {
    this.executor = replayExecutor(threads, datasets, datasetsDir);
    process.once('SIGINT', this.onInterrupt);
  }

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /**
   * Each scenario's expected time, in replicates that run pass 1, if they run in this order: a
   * replicate whose pass 1 is stored, or made by an earlier scenario of the list, costs only its
   * cross-reference (for a sweep's progress). A pass the store will not keep is not foreseen:
   * a sweep plans again after each point, from what the store then holds.
   */
  plannedCosts(scenarios: readonly Scenario[]): number[] {
    const made = new Set<string>();
    return scenarios.map((scenario) =>
      replicateKeys(scenario).reduce((cost, key) => {
        const reused = made.has(key) || this.passOne.has(key);
        made.add(key);
        return cost + (reused ? REUSED_PASS_COST : 1);
      }, 0),
    );
  }

  /**
   * The order to run `scenarios` in: those with the same passes 1 one after another (in the
   * order each set first appears), so that a set is still stored when its next point runs, however
   * a grid's axes are ordered. Otherwise, the given order.
   */
  static runOrder(scenarios: readonly Scenario[]): number[] {
    const groups = new Map<string, number[]>();
    scenarios.forEach((scenario, i) => {
      const key = replicateKeys(scenario).join('\n');
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    return [...groups.values()].flat();
  }

  run(scenario: Scenario, onProgress?: (p: ReplayProgress) => void): Promise<ReplayResult> {
    return runReplay(scenario, this.datasets, {
      executor: this.executor,
      signal: this.abort.signal,
      passOne: this.passOne,
      ...(onProgress ? { onProgress } : {}),
    });
  }

  async close(): Promise<void> {
    process.removeListener('SIGINT', this.onInterrupt);
    await this.executor.close();
  }
}
