/**
 * How a replay's shard work is run: the engine hands an executor a named, pure shard task (in
 * the registry of tasks.ts), one shared input and a number of shards; the executor runs the task
 * on every shard — in this thread, in Node worker threads (src/cli/taskPool.ts) or in browser
 * Web Workers (the app) — and returns the outputs indexed by shard. The merge that follows is
 * done by the engine in shard order, so the result never depends on which thread ran what, or
 * in what order shards finished.
 *
 * Contract for an executor:
 *  - `run` sends `shared` to each worker once per call (not once per shard), then hands out
 *    shard indices as workers become free; each worker evaluates
 *    `runShardTask(env, task, shared, shard)` and posts back `output` with the buffers
 *    `transferablesOf(output)` lists as transferables.
 *  - When `signal.aborted` becomes true it hands out no more shards, waits for the ones in
 *    progress, and resolves with what is done (`outputs[k]` undefined for shards not run).
 *  - A worker builds its TaskEnv once, from the datasets (`taskEnv(datasets)`).
 *
 * Runtime-neutral: no Node or DOM types. A signal is anything with `aborted` (an AbortSignal
 * qualifies).
 */
import type { Datasets } from '../datasets/parse';
import type { PopulationConfig } from '../population/config';
import { PopulationModel } from '../population/model';
import { SHARD_TASKS, type ShardTaskName, type TaskOutput, type TaskShared } from './tasks';

/** Cancellation: an AbortSignal, or any object whose `aborted` turns true. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** What a shard task may use besides its input: the datasets and a compiled model. */
export interface TaskEnv {
  readonly datasets: Datasets;
  /** The compiled population model of `config`, built once per configuration and reused. */
  model(config: PopulationConfig): PopulationModel;
}

/**
 * A TaskEnv over `datasets`. Building a model takes seconds, and replicates differ only in
 * their seed, which the model's samplers do not depend on (the seed is read by the generator,
 * from `model.config`): so the last model built is kept, and a configuration that differs from
 * it only in the seed gets the same samplers with its own configuration.
 */
export function taskEnv(datasets: Datasets): TaskEnv {
  let key = '';
  let built: PopulationModel | null = null;
  let last: PopulationModel | null = null;
  return {
    datasets,
    model(config) {
      if (last && last.config === config) return last;
      const k = JSON.stringify({ ...config, seed: 0 });
      if (!built || k !== key) {
        built = new PopulationModel(datasets, config);
        key = k;
      }
      last = built.config.seed === config.seed ? built : withConfig(built, config);
      return last;
    },
  };
}

const sharedEnvs = new WeakMap<Datasets, TaskEnv>();

/** One TaskEnv per datasets object in this thread, so successive runs reuse their models. */
export function sharedTaskEnv(datasets: Datasets): TaskEnv {
  let env = sharedEnvs.get(datasets);
  if (!env) sharedEnvs.set(datasets, (env = taskEnv(datasets)));
  return env;
}

/** The same compiled samplers under another configuration (equal but for the seed). */
function withConfig(model: PopulationModel, config: PopulationConfig): PopulationModel {
  const variant = Object.create(Object.getPrototypeOf(model) as object) as PopulationModel;
  Object.assign(variant, model);
  Object.defineProperty(variant, 'config', { value: config, enumerable: true });
  return variant;
}

export interface ShardRunOptions {
  signal?: CancelSignal;
  /** Called after each shard finishes (in completion order) with the count finished so far. */
  onShard?: (shard: number, done: number) => void;
}

export interface ShardRun<O> {
  /** Output of shard k at index k; undefined for a shard not run (cancelled). */
  outputs: (O | undefined)[];
  done: number;
}

export interface ShardExecutor {
  /** Threads the executor runs on (1 for the in-thread executor). */
  readonly threads: number;
  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options?: ShardRunOptions,
  ): Promise<ShardRun<TaskOutput<K>>>;
  /** Frees the workers; the executor may not be used afterwards. */
  close(): Promise<void>;
}

/** Evaluates one shard of a task: what a worker does for each shard index it is handed. */
export function runShardTask<K extends ShardTaskName>(
  env: TaskEnv,
  task: K,
  shared: TaskShared<K>,
  shard: number,
): TaskOutput<K> {
  const run = SHARD_TASKS[task] as (
    env: TaskEnv,
    shared: TaskShared<K>,
    shard: number,
  ) => TaskOutput<K>;
  return run(env, shared, shard);
}

/** Every distinct ArrayBuffer under `value` (typed arrays in objects and arrays), to transfer. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      found.add(v);
      return;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child);
  };
  visit(value);
  return [...found];
}

/**
 * Runs every shard in this thread, one after another: for tests, for small scenarios, and as
 * the reference a threaded executor must agree with. `pause` runs between shards (the command
 * line passes one that lets a Ctrl-C handler run).
 */
export class InThreadExecutor implements ShardExecutor {
  readonly threads = 1;
  readonly env: TaskEnv;

  constructor(
    datasets: Datasets,
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.env = sharedTaskEnv(datasets);
  }

  async run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options: ShardRunOptions = {},
  ): Promise<ShardRun<TaskOutput<K>>> {
    const outputs: (TaskOutput<K> | undefined)[] = new Array<TaskOutput<K> | undefined>(shards);
    let done = 0;
    for (let k = 0; k < shards; k++) {
      if (options.signal?.aborted) break;
      outputs[k] = runShardTask(this.env, task, shared, k);
      done++;
      options.onShard?.(k, done);
      await this.pause();
    }
    return { outputs, done };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Runs a task of one shard in this thread and a larger one on a pool of workers, started when
 * first needed: a worker given the only shard would read the datasets and build the population
 * model again (about a second) while this thread, which builds it anyway for the merge, waits.
 * A region-sized run (one shard) so never starts a worker. `threads` is the pool's.
 */
export class OneShardInThread implements ShardExecutor {
  private readonly local: InThreadExecutor;
  private pool: ShardExecutor | null = null;
  private closed = false;

  constructor(
    datasets: Datasets,
    readonly threads: number,
    private readonly startPool: () => ShardExecutor,
    pause?: () => Promise<void>,
  ) {
    this.local = new InThreadExecutor(datasets, pause);
  }

  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options: ShardRunOptions = {},
  ): Promise<ShardRun<TaskOutput<K>>> {
    // Closed (a cancelled run's): a task still asked for, of a run that goes on to its end,
    // starts no pool that nothing would close.
    if (this.closed) return Promise.reject(new Error('the executor was closed'));
    if (shards <= 1) return this.local.run(task, shared, shards, options);
    this.pool ??= this.startPool();
    return this.pool.run(task, shared, shards, options);
  }

  close(): Promise<void> {
    this.closed = true;
    return this.pool?.close() ?? Promise.resolve();
  }
}
