/**
 * Stream labels of the replay's own random draws (the population uses 1, agency views 2, TINs
 * 3). Each draw is a hash of (seed, label, person id), so it does not depend on which shard or
 * thread made it, nor on the order of anything else.
 */
import { streamOf3 } from '../random/prng';

export const ReplayStream = {
  /** Rank of a person among the final orders: the list is the lowest ranks, the sample the lowest of those. */
  listRank: 11,
  /** Whether the person's final order is younger than the screen's minimum. */
  recentOrder: 12,
  /** Whether the list record's address field holds nothing usable, not even a ZIP. */
  addressMissing: 13,
  /** Whether the list record's address predates the move window, and whose home it is now. */
  addressOutdated: 16,
  outdatedHome: 17,
  /** ICE's random choice among equally similar list records. */
  crossReferenceTie: 14,
  /** Draws of uncertain parameters, per replicate. */
  uncertainty: 15,
} as const;

const TWO_TO_32 = 4294967296;

/** A uniform 32-bit hash of (seed, label, id). */
export function drawUint32(seed: number, label: number, id: number): number {
  return streamOf3(seed, label, id);
}

/** True with chance `p`, decided by (seed, label, id) alone. */
export function drawChance(seed: number, label: number, id: number, p: number): boolean {
  return p > 0 && (p >= 1 || streamOf3(seed, label, id) < p * TWO_TO_32);
}
