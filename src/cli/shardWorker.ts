/**
 * A worker thread of the command line. In population mode it generates population shards on
 * request, building its own copy of the model from the same datasets and configuration, so its
 * shards are byte-identical to those a single thread would make. In task mode it runs the
 * engine's named shard tasks (matching/pipeline/tasks.ts) on the shards it is handed, with the
 * job's shared input received once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runShardTask, taskEnv, transferablesOf } from '../matching/pipeline/executor';
import type { ShardTaskName, TaskShared } from '../matching/pipeline/tasks';
import { generateShard } from '../matching/population/generateShard';
import { PopulationModel } from '../matching/population/model';
import { shardPeople } from '../matching/population/population';
import { loadDatasets } from '../node/loadDatasets';
import type { FromWorker, ToWorker, WorkerInit } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('shardWorker must run in a worker thread');
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

function populationMode(init: Extract<WorkerInit, { mode: 'population' }>) {
  const model = new PopulationModel(loadDatasets(init.datasetsDir), init.config);
  return (message: ToWorker) => {
    if (message.type !== 'generate') return;
    const started = performance.now();
    const shard = generateShard(model, message.shard, shardPeople(init.config.size, message.shard));
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
  };
}

function taskMode(init: Extract<WorkerInit, { mode: 'tasks' }>) {
  const env = taskEnv(loadDatasets(init.datasetsDir));
  let job: { job: number; task: ShardTaskName; shared: unknown } | null = null;
  return (message: ToWorker) => {
    if (message.type === 'job') {
      job = message;
      return;
    }
    if (message.type !== 'task') return;
    if (!job || job.job !== message.job)
      throw new Error(`shard of job ${message.job} before its input`);
    const started = performance.now();
    const output = runShardTask(
      env,
      job.task,
      job.shared as TaskShared<ShardTaskName>,
      message.shard,
    );
    send(
      {
        type: 'taskDone',
        job: message.job,
        shard: message.shard,
        output,
        millis: performance.now() - started,
      },
      transferablesOf(output),
    );
  };
}

try {
  const init = workerData as WorkerInit;
  const handle = init.mode === 'tasks' ? taskMode(init) : populationMode(init);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    try {
      handle(message);
    } catch (error) {
      send({ type: 'error', message: (error as Error).message });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'error', message: (error as Error).message });
}
