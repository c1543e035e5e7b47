/**
 * u from random pairs. Two records drawn at random from two files of n people are the same
 * person with probability about 1/n, so random pairs are non-matches to within 1/n and their
 * level shares estimate u without any labels (as Splink's `estimate_u_using_random_sampling`).
 * Draw the pairs with `sampleRandomPairs`, compare them, and pass the vectors here.
 */
import type { ComparisonVectors } from './comparisonSpace';
import { levelFrequencies } from './levelFrequencies';

/**
 * u[f][level]: level shares among random pairs, add-one smoothed (see `levelFrequencies`), so
 * a level no random pair reached gets u ≈ 1/(n + L) rather than 0.
 */
export function estimateU(randomPairs: ComparisonVectors): number[][] {
  return levelFrequencies(randomPairs);
}
