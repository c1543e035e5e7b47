/**
 * Messages between the command line and its worker threads. Columns travel as transferables
 * (their buffers move, they are not copied). A worker runs in one of two modes: generating
 * population shards (`namesake population`), or running the engine's named shard tasks
 * (matching/pipeline/tasks.ts) for an executor (taskPool.ts).
 */
import type {
  AddressColumns,
  BuildingColumns,
  HouseholdColumns,
  PeopleColumns,
} from '../matching/population/PopulationShard';
import type { PopulationConfig } from '../matching/population/config';
import type { ShardTaskName } from '../matching/pipeline/tasks';

export type WorkerInit =
  | { mode: 'population'; datasetsDir: string; config: PopulationConfig }
  | { mode: 'tasks'; datasetsDir: string };

export type ToWorker =
  | { type: 'generate'; shard: number }
  | { type: 'stop' }
  /** The shared input of a job, sent once per worker before its shards. */
  | { type: 'job'; job: number; task: ShardTaskName; shared: unknown }
  | { type: 'task'; job: number; shard: number };

export type FromWorker =
  | { type: 'ready' }
  | {
      type: 'shard';
      shard: number;
      people: PeopleColumns;
      households: HouseholdColumns;
      addresses: AddressColumns;
      buildings: BuildingColumns;
      millis: number;
    }
  | { type: 'taskDone'; job: number; shard: number; output: unknown; millis: number }
  | { type: 'error'; message: string };
