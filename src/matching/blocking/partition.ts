/**
 * Splitting blocked work between threads: every block key belongs to exactly one of `parts`
 * partitions, chosen by a hash of the key, so the partitions' candidate pairs are disjoint and
 * together are all of them (a pair lives where its block lives). The hash spreads the big
 * blocks (KIM, SMITH) across partitions instead of by surname order.
 */

/** The partition (0 ≤ p < parts) of a block key: a 32-bit number or a key hash in a double. */
export function partitionOf(key: number, parts: number): number {
  if (parts === 1) return 0;
  const high = key > 0xffffffff ? (key / 4294967296) >>> 0 : 0;
  let h = Math.imul((key >>> 0) ^ high, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  // The hash's place in [0, 2^32) scaled to [0, parts): a multiplication, not a division
  // (the benchmark's threads ask for every record of both files).
  return Math.floor(((h >>> 0) * parts) / 4294967296);
}

/** One share of blocked work: partition `part` of `parts`. */
export interface Partition {
  part: number;
  parts: number;
}

export const WHOLE: Partition = Object.freeze({ part: 0, parts: 1 });
