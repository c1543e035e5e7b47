/**
 * The registry of shard tasks an executor can run, by name. Worker entry points (the command
 * line's worker threads, the app's Web Workers) import it, so a task is named in a message and
 * looked up here, never sent as code.
 */
import { crossReferencePart } from './crossReferenceTask';
import { replayShard } from './replayShard';

export const SHARD_TASKS = {
  replayShard,
  crossReferencePart,
} as const;

export type ShardTaskName = keyof typeof SHARD_TASKS;
export type TaskShared<K extends ShardTaskName> = Parameters<(typeof SHARD_TASKS)[K]>[1];
export type TaskOutput<K extends ShardTaskName> = ReturnType<(typeof SHARD_TASKS)[K]>;
