/**
 * Taxpayer identification numbers. Citizens, lawful residents and people with deferred action
 * hold a Social Security number; people with a final order or another noncitizen status hold an
 * ITIN with the configured chance (`itinShare`), else none. A person's number is a property of
 * the person, the same in every agency's file, so it is derived from the person id alone.
 *
 * Values (Uint32, 0 = none): an SSN is 1 + person id, an ITIN is 2^31 + 1 + person id. Person ids
 * stay below 2^31 − 1 (the configuration caps the population at 2,000,000,000), so SSNs fill
 * 1 … 2^31 − 1 and ITINs 2^31 + 1 … 2^32 − 1: every number is unique, never 0, and its kind can
 * be read from it. The values are synthetic: no real number is ever produced.
 */
import { streamAt, streamPrefix } from '../random/prng';
import { statusOf } from '../population/attributes';
import { LEGAL_STATUSES, type PopulationConfig } from '../population/config';

/** No taxpayer number on file. */
export const NO_TIN = 0;
/** Stream label of the ITIN draw (the population uses 1, agency views 2). */
export const TIN_STREAM = 3;

const ITIN_BASE = 0x80000000;
/** Statuses below this index hold an SSN (LEGAL_STATUSES order). */
const FIRST_WITHOUT_SSN = LEGAL_STATUSES.indexOf('finalOrder');

/** The taxpayer number of a person, or NO_TIN. */
export function tinOf(personId: number, attrs: number, config: PopulationConfig): number {
  if (statusOf(attrs) < FIRST_WITHOUT_SSN) return personId + 1;
  return streamAt(itinPrefix(config.seed), personId) < config.itinShare * 4294967296
    ? ITIN_BASE + 1 + personId
    : NO_TIN;
}

/** streamPrefix(seed, TIN_STREAM) of the last seed asked for (agency views ask per person). */
let lastSeed = -1;
let lastPrefix = 0;
function itinPrefix(seed: number): number {
  if (seed !== lastSeed) {
    lastPrefix = streamPrefix(seed, TIN_STREAM);
    lastSeed = seed;
  }
  return lastPrefix;
}

/** True for an ITIN, false for an SSN or none. */
export function isItin(tin: number): boolean {
  return tin > ITIN_BASE;
}

/** The person whose own number `tin` is (−1 for none). */
export function tinHolder(tin: number): number {
  if (tin === NO_TIN) return -1;
  return isItin(tin) ? tin - ITIN_BASE - 1 : tin - 1;
}

/** A readable form, "SSN 000-01-2346" or "ITIN 000-01-2346" (the serial in the SSN layout). */
export function formatTin(tin: number): string {
  if (tin === NO_TIN) return '';
  const serial = String(tinHolder(tin) + 1).padStart(9, '0');
  const dashed = `${serial.slice(0, -6)}-${serial.slice(-6, -4)}-${serial.slice(-4)}`;
  return `${isItin(tin) ? 'ITIN' : 'SSN'} ${dashed}`;
}
