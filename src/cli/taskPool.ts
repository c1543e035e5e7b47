/**
 * The command line's ShardExecutor (matching/pipeline/executor.ts): one worker thread per
 * core, kept for the whole run. For each job the shared input is posted to every worker once;
 * shards are then handed out one at a time as workers become free, and outputs come back with
 * their buffers transferred. A stop (Ctrl-C) hands out no more shards and resolves with those
 * finished. Results equal a single-thread run's: the engine merges outputs in shard order.
 */
import type { Worker } from 'node:worker_threads';
import type { ShardExecutor, ShardRun, ShardRunOptions } from '../matching/pipeline/executor';
import type { ShardTaskName, TaskOutput, TaskShared } from '../matching/pipeline/tasks';
import { DEFAULT_DATASETS_DIR } from '../node/loadDatasets';
import { cliMessage } from './messages';
import { startWorker } from './shardPool';
import type { FromWorker, ToWorker, WorkerInit } from './workerProtocol';

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  listener: ((message: FromWorker) => void) | null;
}

export class WorkerExecutor implements ShardExecutor {
  private readonly workers: PoolWorker[] = [];
  private jobs = 0;
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private closing = false;
  /** Rejects a wait for workers to be ready when one fails first. */
  private failed: Promise<never>;
  private rejectFailed: (error: Error) => void = () => undefined;

  constructor(
    readonly threads: number,
    private readonly datasetsDir = DEFAULT_DATASETS_DIR,
  ) {
    this.failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
    this.failed.catch(() => undefined);
  }

  private spawn(count: number): void {
    const init: WorkerInit = { mode: 'tasks', datasetsDir: this.datasetsDir };
    while (this.workers.length < count) {
      const worker = startWorker(init);
      let resolveReady: () => void = () => undefined;
      const entry: PoolWorker = {
        worker,
        ready: new Promise<void>((resolve) => (resolveReady = resolve)),
        listener: null,
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolveReady();
        else if (message.type === 'error')
          this.fail(new Error(cliMessage.workerFailed(message.message)));
        else entry.listener?.(message);
      });
      worker.on('error', (error) => this.fail(new Error(cliMessage.workerFailed(error.message))));
      worker.on('exit', (code) => {
        if (!this.closing)
          this.fail(new Error(cliMessage.workerFailed(`it exited with code ${code}`)));
      });
      this.workers.push(entry);
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.rejectFailed(error);
    this.onFailure?.(error);
  }

  async run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options: ShardRunOptions = {},
  ): Promise<ShardRun<TaskOutput<K>>> {
    if (this.failure) throw this.failure;
    const used = Math.max(1, Math.min(this.threads, shards));
    this.spawn(used);
    const job = ++this.jobs;
    const outputs: (TaskOutput<K> | undefined)[] = new Array<TaskOutput<K> | undefined>(shards);
    const pool = this.workers.slice(0, used);
    await Promise.race([Promise.all(pool.map((w) => w.ready)), this.failed]);
    return new Promise((resolve, reject) => {
      let next = 0;
      let done = 0;
      let busy = 0;
      this.onFailure = reject;
      if (this.failure) return reject(this.failure);
      const finish = () => {
        for (const w of pool) w.listener = null;
        this.onFailure = null;
        resolve({ outputs, done });
      };
      const handOut = (w: PoolWorker) => {
        if (this.failure) return;
        if (options.signal?.aborted || next >= shards) {
          if (busy === 0) finish();
          return;
        }
        busy++;
        w.worker.postMessage({ type: 'task', job, shard: next++ } satisfies ToWorker);
      };
      for (const w of pool) {
        w.listener = (message) => {
          if (message.type !== 'taskDone' || message.job !== job) return;
          busy--;
          outputs[message.shard] = message.output as TaskOutput<K>;
          done++;
          options.onShard?.(message.shard, done);
          handOut(w);
        };
        w.worker.postMessage({ type: 'job', job, task, shared } satisfies ToWorker);
      }
      if (shards === 0) return finish();
      for (const w of pool) handOut(w);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }
}
