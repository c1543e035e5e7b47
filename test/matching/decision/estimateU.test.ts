/**
 * u from 200,000 random pairs recovers the generating u within four standard errors,
 * sqrt(u(1 − u)/n), plus the add-one smoothing's largest bias, L / n.
 */
import { describe, expect, it } from 'vitest';
import { estimateU } from '../../../src/matching/decision/estimateU';
import { Rng } from '../../../src/matching/random/prng';
import { FIELDS, presentCount, simulatePairs, TRUE_U } from './simulatedPairs';

describe('estimateU', () => {
  it('recovers u from random pairs', () => {
    const random = simulatePairs(new Rng(11), 200_000, 0);
    const u = estimateU(random.vectors);
    FIELDS.forEach((field, f) => {
      const n = presentCount(random, f, () => true);
      field.levels.forEach((_, level) => {
        const p = TRUE_U[f]![level]!;
        const tolerance = 4 * Math.sqrt((p * (1 - p)) / n) + field.levels.length / n;
        expect(Math.abs(u[f]![level]! - p)).toBeLessThanOrEqual(tolerance);
      });
    });
  });
});
