import { describe, expect, it } from 'vitest';
import type { ShardReply, ShardRequest } from '../../../renderer/src/engine/protocol';
import {
  WorkerShardExecutor,
  type ShardWorker,
} from '../../../renderer/src/engine/WorkerShardExecutor';
import type { ShardTaskName, TaskShared } from '../../../src/matching/pipeline/tasks';

/** A worker that answers each shard after `delay(shard)` ms with [shard, shared] as a typed array. */
function fakeWorker(delay: (shard: number) => number, log: ShardRequest[]): ShardWorker {
  let shared: unknown = null;
  const worker: ShardWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage(message: ShardRequest) {
      log.push(message);
      if (message.type === 'begin') {
        shared = message.shared;
        return;
      }
      setTimeout(() => {
        const output = { shard: message.shard, shared, values: new Float64Array([message.shard]) };
        worker.onmessage?.({
          data: {
            type: 'output',
            call: message.call,
            shard: message.shard,
            output,
          } satisfies ShardReply,
        } as MessageEvent<ShardReply>);
      }, delay(message.shard));
    },
  };
  return worker;
}

const TASK = 'anyTask' as ShardTaskName;
const shared = { x: 1 } as unknown as TaskShared<ShardTaskName>;

describe('WorkerShardExecutor', () => {
  it('returns outputs indexed by shard whatever order the workers finish in, sending the shared input once per worker', async () => {
    const log: ShardRequest[] = [];
    const executor = new WorkerShardExecutor(() => fakeWorker((s) => (s % 3) * 5, log), 3);
    const finished: number[] = [];
    const run = await executor.run(TASK, shared, 10, { onShard: (shard) => finished.push(shard) });
    expect(run.done).toBe(10);
    expect(run.outputs.map((o) => (o as unknown as { shard: number }).shard)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(finished).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.filter((m) => m.type === 'begin')).toHaveLength(3);
    expect(log.filter((m) => m.type === 'shard')).toHaveLength(10);
  });

  it('starts no more workers than a call has shards, and keeps them for later calls', async () => {
    const log: ShardRequest[] = [];
    let started = 0;
    const executor = new WorkerShardExecutor(() => {
      started++;
      return fakeWorker(() => 1, log);
    }, 4);
    const one = await executor.run(TASK, shared, 1);
    expect(one.done).toBe(1);
    expect(started).toBe(1);
    expect(log.filter((m) => m.type === 'begin')).toHaveLength(1);
    const many = await executor.run(TASK, shared, 6);
    expect(many.done).toBe(6);
    expect(started).toBe(4);
    await executor.run(TASK, shared, 2);
    expect(started).toBe(4);
    await executor.close();
    // Stopped (a cancelled run's pool): a task still asked for is refused, not left waiting.
    await expect(executor.run(TASK, shared, 3)).rejects.toThrow('stopped');
    expect(started).toBe(4);
  });

  it('hands out no more shards once cancelled and resolves with the finished ones', async () => {
    const log: ShardRequest[] = [];
    const controller = new AbortController();
    const executor = new WorkerShardExecutor(() => fakeWorker(() => 2, log), 2);
    const run = await executor.run(TASK, shared, 50, {
      signal: controller.signal,
      onShard: (_shard, done) => done === 4 && controller.abort(),
    });
    expect(run.done).toBeGreaterThanOrEqual(4);
    expect(run.done).toBeLessThan(50);
    expect(run.outputs.filter((o) => o !== undefined)).toHaveLength(run.done);
  });

  it('rejects with the worker’s message when a shard fails', async () => {
    const worker: ShardWorker = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage(message: ShardRequest) {
        if (message.type === 'shard')
          setTimeout(
            () =>
              worker.onmessage?.({
                data: { type: 'failed', call: message.call, shard: message.shard, message: 'boom' },
              } as MessageEvent<ShardReply>),
            1,
          );
      },
    };
    const executor = new WorkerShardExecutor(() => worker, 1);
    await expect(executor.run(TASK, shared, 3)).rejects.toThrow('boom');
  });
});
