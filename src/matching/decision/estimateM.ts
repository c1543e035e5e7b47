/**
 * m from truth. A simulation knows which candidate pairs are the same person, so m can be
 * measured rather than estimated: the level shares among the true matches. It is the yardstick
 * EM is judged by, and the right m for a researcher who wants the model's best case.
 */
import type { ComparisonVectors } from './comparisonSpace';
import { levelFrequencies } from './levelFrequencies';

/**
 * m[f][level]: level shares among the pairs marked as matches in `isMatch` (one entry per
 * pair), add-one smoothed (see `levelFrequencies`).
 */
export function estimateM(
  pairs: ComparisonVectors,
  isMatch: ArrayLike<boolean | number>,
): number[][] {
  return levelFrequencies(pairs, isMatch);
}
