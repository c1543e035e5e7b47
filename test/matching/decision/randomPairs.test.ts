import { describe, expect, it } from 'vitest';
import { sampleRandomPairs } from '../../../src/matching/decision/randomPairs';
import { Rng } from '../../../src/matching/random/prng';

describe('sampleRandomPairs', () => {
  it('draws indices within each file, the same for the same seed', () => {
    const a = sampleRandomPairs(new Rng(5), 10, 3_000_000_000, 10_000);
    const b = sampleRandomPairs(new Rng(5), 10, 3_000_000_000, 10_000);
    expect(a).toEqual(b);
    expect(Math.max(...a.left)).toBe(9);
    expect(Math.max(...a.right)).toBeLessThan(3_000_000_000);
    expect(Math.max(...a.right)).toBeGreaterThan(2 ** 31);
  });

  it('draws each index equally often (mean within four standard errors)', () => {
    const n = 1_000;
    const count = 100_000;
    const { left } = sampleRandomPairs(new Rng(6), n, n, count);
    const mean = left.reduce((s, x) => s + x, 0) / count;
    const sd = Math.sqrt((n * n - 1) / 12);
    expect(Math.abs(mean - (n - 1) / 2)).toBeLessThan((4 * sd) / Math.sqrt(count));
  });
});
