/** A shard worker: one per core, started by the engine worker. */
import { loadBrowserDatasets } from './loadBrowserDatasets';
import type { ShardReply, ShardRequest } from './protocol';
import { shardWorkerHandler } from './shardWorkerHandler';
import { workerScope } from './workerScope';

const scope = workerScope<ShardRequest, ShardReply>();
const handle = shardWorkerHandler(loadBrowserDatasets, (message, transfer = []) =>
  scope.postMessage(message, transfer),
);
scope.onmessage = (event) => handle(event.data);
