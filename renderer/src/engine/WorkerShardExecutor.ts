/**
 * The engine's ShardExecutor over a pool of module Web Workers, up to one per core, started as
 * a call first needs them (a region-sized run has one shard, and a worker that would get none
 * would still read the datasets, beside the one that works): each call sends the task's shared
 * input to each worker it uses once, then hands out shard indices as workers become free; outputs come back with their typed arrays transferred, not copied, and are returned
 * indexed by shard, so the engine's merge never depends on which worker finished first.
 * Cancelling hands out no more shards and resolves with the shards that finished.
 */
import type {
  ShardExecutor,
  ShardRun,
  ShardRunOptions,
} from '../../../src/matching/pipeline/executor';
import type { ShardTaskName, TaskOutput, TaskShared } from '../../../src/matching/pipeline/tasks';
import type { ShardReply, ShardRequest } from './protocol';

/** What the pool needs of a worker (a Web Worker, or a fake in tests). */
export interface ShardWorker {
  postMessage(message: ShardRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ShardReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export class WorkerShardExecutor implements ShardExecutor {
  readonly threads: number;
  private readonly workers: ShardWorker[] = [];
  private call = 0;
  private closed = false;
  /** Rejects the call in progress: close() must not leave its promise hanging. */
  private abandon: ((error: Error) => void) | null = null;

  constructor(
    private readonly createWorker: () => ShardWorker,
    threads: number,
  ) {
    this.threads = Math.max(1, threads);
  }

  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options: ShardRunOptions = {},
  ): Promise<ShardRun<TaskOutput<K>>> {
    if (this.closed) return Promise.reject(new Error(STOPPED));
    const call = ++this.call;
    // One worker a shard at most; started once, kept for the pool's later calls. A worker this
    // call leaves idle drops the handlers of the call it last served (and what they hold).
    const used = Math.max(1, Math.min(this.threads, shards));
    while (this.workers.length < used) this.workers.push(this.createWorker());
    const workers = this.workers.slice(0, used);
    for (const idle of this.workers.slice(used)) {
      idle.onmessage = null;
      idle.onerror = null;
    }
    const outputs = new Array<TaskOutput<K> | undefined>(shards);
    let next = 0;
    let done = 0;
    let busy = 0;
    let failure: Error | null = null;
    return new Promise((resolve, reject) => {
      this.abandon = reject;
      const finishIfIdle = () => {
        if (busy > 0) return;
        if (failure) reject(failure);
        else resolve({ outputs, done });
      };
      const handOut = (worker: ShardWorker) => {
        if (failure || options.signal?.aborted || next >= shards) return finishIfIdle();
        busy++;
        worker.postMessage({ type: 'shard', call, shard: next++ });
      };
      for (const worker of workers) {
        worker.onmessage = ({ data }) => {
          if (data.call !== call) return;
          busy--;
          if (data.type === 'failed') failure ??= new Error(data.message);
          else {
            outputs[data.shard] = data.output as TaskOutput<K>;
            done++;
            options.onShard?.(data.shard, done);
          }
          handOut(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          failure ??= new Error(event.message || 'a shard worker failed to start');
          busy = Math.max(0, busy - 1);
          finishIfIdle();
        };
        // Every worker needs the shared input, so it is copied, never transferred.
        worker.postMessage({ type: 'begin', call, task, shared });
      }
      if (shards === 0) return resolve({ outputs, done });
      for (const worker of workers) handOut(worker);
    });
  }

  /** Stops every worker at once, shards in progress included (a cancelled run's pool). */
  close(): Promise<void> {
    this.closed = true;
    for (const worker of this.workers) worker.terminate();
    this.abandon?.(new Error(STOPPED));
    this.abandon = null;
    return Promise.resolve();
  }
}

const STOPPED = 'the shard workers were stopped';
