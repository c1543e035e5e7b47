/**
 * The engine worker: runs the engine off the app's main thread, with up to one shard worker per
 * core for the replay's shard tasks (or in this thread where a worker cannot start workers).
 */
import { InThreadExecutor } from '../../../src/matching/pipeline/executor';
import { engineWorkerHandler } from './engineWorkerHandler';
import { loadBrowserDatasets } from './loadBrowserDatasets';
import type { EngineReply, EngineRequest } from './protocol';
import { WorkerShardExecutor, type ShardWorker } from './WorkerShardExecutor';
import { workerScope } from './workerScope';

const scope = workerScope<EngineRequest, EngineReply>();
const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));

const handle = engineWorkerHandler({
  datasets: loadBrowserDatasets,
  executor: (datasets) =>
    typeof Worker === 'undefined'
      ? new InThreadExecutor(datasets, () => new Promise((resolve) => setTimeout(resolve, 0)))
      : new WorkerShardExecutor(
          () =>
            new Worker(new URL('./shard.worker.ts', import.meta.url), {
              type: 'module',
              name: 'namesake-shard',
            }) as unknown as ShardWorker,
          cores,
        ),
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
});

scope.onmessage = (event) => void handle(event.data);
