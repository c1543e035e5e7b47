/**
 * Candidate pairs simulated from known Fellegi–Sunter parameters, for the statistical tests:
 * each pair is a match with probability λ and draws each field's level independently from m
 * (match) or u (non-match); the date of birth is missing on 5 % of pairs of either kind.
 */
import type {
  ComparisonField,
  ComparisonVectors,
} from '../../../src/matching/decision/comparisonSpace';
import type { Rng } from '../../../src/matching/random/prng';

export const FIELDS: readonly ComparisonField[] = [
  { name: 'surname', levels: ['exact', 'fuzzy', 'other'] },
  { name: 'givenName', levels: ['exact', 'phonetic', 'fuzzy', 'other'] },
  { name: 'birthDate', levels: ['exact', 'oneDigit', 'other', 'missing'], nullLevel: 3 },
  { name: 'address', levels: ['sameUnit', 'sameZip', 'other'] },
];

export const TRUE_M = [
  [0.85, 0.1, 0.05],
  [0.8, 0.08, 0.07, 0.05],
  [0.9, 0.06, 0.04, 0],
  [0.6, 0.3, 0.1],
];

export const TRUE_U = [
  [0.01, 0.04, 0.95],
  [0.02, 0.03, 0.1, 0.85],
  [0.003, 0.02, 0.977, 0],
  [0.0005, 0.02, 0.9795],
];

export const TRUE_LAMBDA = 0.02;
export const MISSING_BIRTH_DATE = 0.05;

export interface SimulatedPairs {
  readonly vectors: ComparisonVectors;
  readonly isMatch: Uint8Array;
}

function draw(rng: Rng, probabilities: readonly number[]): number {
  let x = rng.nextDouble();
  for (let level = 0; level < probabilities.length - 1; level++) {
    x -= probabilities[level]!;
    if (x < 0) return level;
  }
  // Rounding can leave x a hair above 0: the last level with probability above 0 takes it.
  let last = probabilities.length - 1;
  while (probabilities[last] === 0) last--;
  return last;
}

export function simulatePairs(rng: Rng, count: number, lambda: number): SimulatedPairs {
  const width = FIELDS.length;
  const levels = new Uint8Array(count * width);
  const isMatch = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const match = rng.nextDouble() < lambda;
    isMatch[i] = match ? 1 : 0;
    const table = match ? TRUE_M : TRUE_U;
    for (let f = 0; f < width; f++) levels[i * width + f] = draw(rng, table[f]!);
    if (rng.nextDouble() < MISSING_BIRTH_DATE) levels[i * width + 2] = 3;
  }
  return { vectors: { fields: FIELDS, count, levels }, isMatch };
}

/** Number of pairs selected by `include` whose field f is not missing. */
export function presentCount(
  pairs: SimulatedPairs,
  f: number,
  include: (match: boolean) => boolean,
): number {
  const { vectors, isMatch } = pairs;
  const width = vectors.fields.length;
  let n = 0;
  for (let i = 0; i < vectors.count; i++)
    if (include(isMatch[i] === 1) && vectors.levels[i * width + f] !== vectors.fields[f]!.nullLevel)
      n++;
  return n;
}
