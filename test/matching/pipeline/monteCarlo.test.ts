import { describe, expect, it } from 'vitest';
import { estimate, quantile } from '../../../src/matching/pipeline/monteCarlo';

describe('Monte Carlo estimates', () => {
  it('interpolates percentiles between order statistics (type 7)', () => {
    // 1 … 21: the 5th percentile sits at position 20 × 0.05 = 1, i.e. the value 2.
    const values = Array.from({ length: 21 }, (_, i) => 21 - i);
    expect(quantile(values, 0.05)).toBe(2);
    expect(quantile(values, 0.95)).toBe(20);
    expect(quantile(values, 0.5)).toBe(11);
    // Between order statistics: [0, 10] at 0.25 is 2.5.
    expect(quantile([10, 0], 0.25)).toBe(2.5);
  });

  it('reports mean, the 90 % interval and every replicate value in order', () => {
    const e = estimate([3, 1, 2]);
    expect(e.mean).toBe(2);
    expect(e.low).toBeCloseTo(1.1, 12);
    expect(e.high).toBeCloseTo(2.9, 12);
    expect(e.values).toEqual([3, 1, 2]);
  });

  it('collapses to the value with one replicate', () => {
    expect(estimate([7])).toEqual({ mean: 7, low: 7, high: 7, values: [7] });
  });

  it('covers about 90 % of draws from a known distribution', () => {
    // Uniform values on a fine grid: the interval is the 5th–95th percentile of the grid.
    const values = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const e = estimate(values);
    expect(e.low).toBeCloseTo(0.05, 12);
    expect(e.high).toBeCloseTo(0.95, 12);
    expect(e.mean).toBeCloseTo(0.5, 12);
  });
});
