/**
 * A whole population as a sequence of shards. The population a request list is matched against
 * keeps its real size: it is produced shard by shard (in worker threads or one after another)
 * and never shrunk, because name and birth-date collisions grow with absolute size.
 */
import { engineError } from '../messages';
import { generateShard } from './generateShard';
import { MAX_POPULATION } from './config';
import type { PopulationModel } from './model';
import { SHARD_SIZE, type PopulationShard } from './PopulationShard';

/** The most people a population may hold (the scenario schema's bound, under 2,048 shards). */
export { MAX_POPULATION };

export function shardCount(size: number): number {
  if (size > MAX_POPULATION) throw engineError('populationTooLarge', size, MAX_POPULATION);
  return Math.ceil(size / SHARD_SIZE);
}

/** How many people shard k of a population of `size` holds. */
export function shardPeople(size: number, k: number): number {
  return Math.max(0, Math.min(SHARD_SIZE, size - k * SHARD_SIZE));
}

/** Every shard of the model's population, one after another, without holding them all. */
export function* streamShards(
  model: PopulationModel,
  first = 0,
  last = shardCount(model.config.size),
): Generator<PopulationShard> {
  for (let k = first; k < last; k++)
    yield generateShard(model, k, shardPeople(model.config.size, k));
}

/** The whole population in memory (for sizes that fit). */
export function generatePopulation(model: PopulationModel): PopulationShard[] {
  return [...streamShards(model)];
}
