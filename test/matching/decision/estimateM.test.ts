/**
 * m from labelled pairs: 100,000 pairs with λ = 0.3 hold about 30,000 matches; the estimate is
 * within four standard errors, sqrt(m(1 − m)/n), plus the smoothing's largest bias, L / n.
 */
import { describe, expect, it } from 'vitest';
import { estimateM } from '../../../src/matching/decision/estimateM';
import { Rng } from '../../../src/matching/random/prng';
import { FIELDS, presentCount, simulatePairs, TRUE_M } from './simulatedPairs';

describe('estimateM', () => {
  it('recovers m from the true matches among candidate pairs', () => {
    const pairs = simulatePairs(new Rng(12), 100_000, 0.3);
    const m = estimateM(pairs.vectors, pairs.isMatch);
    FIELDS.forEach((field, f) => {
      const n = presentCount(pairs, f, (match) => match);
      field.levels.forEach((_, level) => {
        const p = TRUE_M[f]![level]!;
        const tolerance = 4 * Math.sqrt((p * (1 - p)) / n) + field.levels.length / n;
        expect(Math.abs(m[f]![level]! - p)).toBeLessThanOrEqual(tolerance);
      });
    });
  });
});
