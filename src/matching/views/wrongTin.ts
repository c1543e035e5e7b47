/**
 * Someone else's taxpayer number on a person's record: a household member's when any member
 * has one (a relative's SSN used for work or written on a form), else a random person's of the
 * shard. Assumption: the household is where a borrowed or mistyped-by-association number comes
 * from; no published rate of either case is known to us.
 */
import type { PopulationConfig } from '../population/config';
import { SHARD_SIZE, type PopulationShard } from '../population/PopulationShard';
import type { Rng } from '../random/prng';
import { NO_TIN, tinOf } from './tin';

/** Tries at a random person before giving up (a shard where almost no one has a number). */
const RANDOM_TRIES = 64;

/** Another person's number for local person `i` of household `household`, or NO_TIN. */
export function wrongTin(
  rng: Rng,
  shard: PopulationShard,
  i: number,
  household: number,
  config: PopulationConfig,
): number {
  const { attrs } = shard.people;
  const base = shard.index * SHARD_SIZE;
  const first = shard.households.firstMember[household]!;
  const end = first + shard.households.size[household]!;
  let holders = 0;
  for (let j = first; j < end; j++)
    if (j !== i && tinOf(base + j, attrs[j]!, config) !== NO_TIN) holders++;
  if (holders > 0) {
    let k = rng.below(holders);
    for (let j = first; j < end; j++) {
      if (j === i) continue;
      const tin = tinOf(base + j, attrs[j]!, config);
      if (tin !== NO_TIN && k-- === 0) return tin;
    }
  }
  for (let tries = 0; tries < RANDOM_TRIES; tries++) {
    const j = rng.below(shard.size);
    if (j === i) continue;
    const tin = tinOf(base + j, attrs[j]!, config);
    if (tin !== NO_TIN) return tin;
  }
  return NO_TIN;
}
