/**
 * Random pairs for estimating u: record indices drawn uniformly and independently from the two
 * files, with replacement.
 */
import type { Rng } from '../random/prng';

export interface RandomPairs {
  readonly left: Uint32Array;
  readonly right: Uint32Array;
}

/**
 * `count` pairs (left[k], right[k]) with left[k] uniform in [0, leftSize) and right[k] in
 * [0, rightSize). Indices use 53-bit draws, so files up to 2^32 records are sampled evenly.
 */
export function sampleRandomPairs(
  rng: Rng,
  leftSize: number,
  rightSize: number,
  count: number,
): RandomPairs {
  const left = new Uint32Array(count);
  const right = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    left[k] = Math.floor(rng.nextDouble() * leftSize);
    right[k] = Math.floor(rng.nextDouble() * rightSize);
  }
  return { left, right };
}
