/**
 * TEMPORARY, until the replay branch's pipeline (runReplay, executor, tasks) is merged: the
 * same names, so the app builds meanwhile. Runs nothing; a replay fails with a plain message.
 */
import type { Datasets } from '../../../src/matching/datasets/parse';
import type { ReplayProgress, ReplayResult } from '../../../src/matching/pipeline/ReplayResult';
import type { Scenario } from '../../../src/matching/scenario';

export type ShardTaskName = string;
export type TaskShared<K> = K extends string ? unknown : never;
export type TaskOutput<K> = K extends string ? unknown : never;
export interface CancelSignal {
  readonly aborted: boolean;
}
export interface TaskEnv {
  readonly datasets: Datasets;
}
export interface ShardRunOptions {
  signal?: CancelSignal;
  onShard?: (shard: number, done: number) => void;
}
export interface ShardRun<O> {
  outputs: (O | undefined)[];
  done: number;
}
export interface ShardExecutor {
  readonly threads: number;
  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options?: ShardRunOptions,
  ): Promise<ShardRun<TaskOutput<K>>>;
  close(): Promise<void>;
}
export const taskEnv = (datasets: Datasets): TaskEnv => ({ datasets });
export function runShardTask(
  _env: TaskEnv,
  task: string,
  _shared: unknown,
  shard: number,
): unknown {
  throw new Error(`no shard task ${task} (shard ${shard}) until the replay engine is merged`);
}
export function transferablesOf(_value: unknown): ArrayBuffer[] {
  return [];
}
export class InThreadExecutor implements ShardExecutor {
  readonly threads = 1;
  constructor(_datasets: Datasets, _pause?: () => Promise<void>) {}
  run<K extends ShardTaskName>(): Promise<ShardRun<TaskOutput<K>>> {
    return Promise.resolve({ outputs: [], done: 0 });
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}
export function runReplay(
  _scenario: Scenario,
  _datasets: Datasets,
  _options: {
    executor: ShardExecutor;
    signal?: CancelSignal;
    onProgress?: (p: ReplayProgress) => void;
  },
): Promise<ReplayResult> {
  return Promise.reject(new Error('the replay engine is not merged into this build yet'));
}
