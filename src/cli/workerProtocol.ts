/**
 * Messages between the command line and its shard workers. Columns travel as transferables
 * (their buffers move, they are not copied).
 */
import type {
  AddressColumns,
  BuildingColumns,
  HouseholdColumns,
  PeopleColumns,
} from '../matching/population/PopulationShard';
import type { PopulationConfig } from '../matching/population/config';

export interface WorkerInit {
  datasetsDir: string;
  config: PopulationConfig;
}

export type ToWorker = { type: 'generate'; shard: number } | { type: 'stop' };

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
  | { type: 'error'; message: string };
