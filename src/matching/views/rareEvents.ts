/**
 * Noise that touches few records (typos, date of birth, unusable address, taxpayer number) is
 * decided with one draw per record instead of one per kind: the draw says whether any rare event
 * happens and, if so, which is the first; the kinds after it are then drawn one by one. This is
 * exact — each kind still happens with its own chance, independently of the others — and most
 * records take a single comparison. The first draw is the record's own keyed number
 * (makeAgencyFile.ts), so whether a record has any rare event is known without a generator.
 *
 * Layout of the thresholds (rate × 2^32) at `at`: [any, first_0 … first_{K−1}, each_0 … each_{K−1}]
 * where first_k is the chance that the first event is of kind k or an earlier one.
 */
import type { Rng } from '../random/prng';

/**
 * The rare kinds, one bit each, in the order of the draw. The taxpayer number comes first, so
 * whether a record has that event is read from its first draw alone (firstKindHappens): a draft
 * that wants only the records carrying certain numbers tests the rest with one comparison.
 */
export const Rare = {
  tin: 1 << 0,
  typoGiven: 1 << 1,
  typoSurname: 1 << 2,
  dob: 1 << 3,
  addressUnusable: 1 << 4,
} as const;
export type RareKind = keyof typeof Rare;
const RARE_ORDER = Object.keys(Rare) as RareKind[];
export const RARE_KINDS = RARE_ORDER.length;
/** Thresholds a block takes. */
export const RARE_BLOCK = 1 + 2 * RARE_KINDS;

const TWO_TO_32 = 4294967296;

/** Writes the block for the chance of each rare kind at `at`. */
export function writeRareThresholds(
  rates: Record<RareKind, number>,
  out: Float64Array,
  at: number,
): void {
  let none = 1;
  for (let k = 0; k < RARE_KINDS; k++) {
    const p = rates[RARE_ORDER[k]!];
    out[at + 1 + RARE_KINDS + k] = p * TWO_TO_32;
    none *= 1 - p;
    out[at + 1 + k] = (1 - none) * TWO_TO_32;
  }
  out[at] = (1 - none) * TWO_TO_32;
}

/**
 * The rare events of one record, as Rare bits, from the record's first draw `u` (a uniform
 * 32-bit number) and, for the kinds after the first event, its generator `rng` — drawn from only
 * when an event happens (u below the block's "any" threshold), so a caller may seed it then.
 */
export function drawRare(u: number, rng: Rng, t: Float64Array, at: number): number {
  if (!(u < t[at]!)) return 0;
  let k = 0;
  while (k < RARE_KINDS - 1 && u >= t[at + 1 + k]!) k++;
  let events = 1 << k;
  for (let j = k + 1; j < RARE_KINDS; j++) {
    const each = t[at + 1 + RARE_KINDS + j]!;
    if (each > 0 && (each >= TWO_TO_32 || rng.nextUint32() < each)) events |= 1 << j;
  }
  return events;
}

/** True when a record whose first draw is `u` has a rare event (drawRare would not return 0). */
export function anyRare(u: number, t: Float64Array, at: number): boolean {
  return u < t[at]!;
}

/** True when a record whose first draw is `u` has an event of the first kind (Rare.tin). */
export function firstKindHappens(u: number, t: Float64Array, at: number): boolean {
  return u < t[at + 1]!;
}
