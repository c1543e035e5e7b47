import { createHash } from 'node:crypto';
import type { PopulationShard } from '../../../src/matching/population/PopulationShard';

/** SHA-256 of every column of a shard, in `columns()` order: equal digests, equal bytes. */
export function shardDigest(shard: PopulationShard): string {
  const hash = createHash('sha256');
  for (const column of shard.columns())
    hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  return hash.digest('hex');
}
