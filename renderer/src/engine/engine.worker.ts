/**
 * The engine worker: runs the engine off the app's main thread. A shard task of more than one
 * shard runs on up to one shard worker per core, started when first needed; a task of one shard
 * (a region-sized run), and every task where a worker cannot start workers, runs here.
 */
import { InThreadExecutor, OneShardInThread } from '../../../src/matching/pipeline/executor';
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
      : new OneShardInThread(
          datasets,
          cores,
          () =>
            new WorkerShardExecutor(
              () =>
                new Worker(new URL('./shard.worker.ts', import.meta.url), {
                  type: 'module',
                  name: 'namesake-shard',
                }) as unknown as ShardWorker,
              cores,
            ),
          () => new Promise((resolve) => setTimeout(resolve, 0)),
        ),
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
});

scope.onmessage = (event) => void handle(event.data);
