/**
 * What a shard worker does: keep the shared input of the current call, evaluate each shard it
 * is handed with the engine's runShardTask, and post the output with its typed arrays as
 * transferables. Messages are handled one after another (the datasets load first).
 */
import type { Datasets } from '../../../src/matching/datasets/parse';
import {
  runShardTask,
  taskEnv,
  transferablesOf,
  type TaskEnv,
} from '../../../src/matching/pipeline/executor';
import type { ShardTaskName, TaskShared } from '../../../src/matching/pipeline/tasks';
import type { Post, ShardReply, ShardRequest } from './protocol';

export function shardWorkerHandler(loadDatasets: () => Promise<Datasets>, post: Post<ShardReply>) {
  let env: TaskEnv | null = null;
  let current: { call: number; task: ShardTaskName; shared: unknown } | null = null;
  let queue = Promise.resolve();
  const handle = async (message: ShardRequest) => {
    if (message.type === 'begin') {
      current = { call: message.call, task: message.task as ShardTaskName, shared: message.shared };
      return;
    }
    try {
      env ??= taskEnv(await loadDatasets());
      if (!current || current.call !== message.call)
        throw new Error(`shard ${message.shard} of an unknown call`);
      const output = runShardTask(
        env,
        current.task,
        current.shared as TaskShared<ShardTaskName>,
        message.shard,
      );
      post(
        { type: 'output', call: message.call, shard: message.shard, output },
        transferablesOf(output),
      );
    } catch (error) {
      post({
        type: 'failed',
        call: message.call,
        shard: message.shard,
        message: (error as Error).message,
      });
    }
  };
  return (message: ShardRequest) => {
    queue = queue.then(() => handle(message));
  };
}
