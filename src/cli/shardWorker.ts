/**
 * A worker thread that generates population shards on request. It builds its own copy of the
 * model from the same datasets and configuration, so its shards are byte-identical to those a
 * single thread would make.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateShard } from '../matching/population/generateShard';
import { PopulationModel } from '../matching/population/model';
import { shardPeople } from '../matching/population/population';
import { loadDatasets } from '../node/loadDatasets';
import type { FromWorker, ToWorker, WorkerInit } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('shardWorker must run in a worker thread');
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

try {
  const init = workerData as WorkerInit;
  const model = new PopulationModel(loadDatasets(init.datasetsDir), init.config);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    try {
      const started = performance.now();
      const shard = generateShard(
        model,
        message.shard,
        shardPeople(init.config.size, message.shard),
      );
      const buffers = shard.columns().map((c) => c.buffer as ArrayBuffer);
      send(
        {
          type: 'shard',
          shard: message.shard,
          people: shard.people,
          households: shard.households,
          addresses: shard.addresses,
          buildings: shard.buildings,
          millis: performance.now() - started,
        },
        buffers,
      );
    } catch (error) {
      send({ type: 'error', message: (error as Error).message });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'error', message: (error as Error).message });
}
