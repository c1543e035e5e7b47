import { describe, expect, it } from 'vitest';
import { RecentPairCache } from '../../../../src/matching/comparison/names/RecentPairCache';
import { Rng } from '../../../../src/matching/random/prng';

describe('RecentPairCache', () => {
  it('always returns what compute would, and computes a repeated pair once while it stays', () => {
    const cache = new RecentPairCache(6);
    const compute = (a: number, b: number) => a * 1000 + b + 0.5;
    const rng = new Rng(2);
    for (let k = 0; k < 20_000; k++) {
      const a = rng.below(50);
      const b = rng.below(50);
      expect(cache.score(a, b, compute)).toBe(compute(a, b));
    }
    let calls = 0;
    const counted = (a: number, b: number) => {
      calls++;
      return a + b;
    };
    cache.score(7, 9, counted);
    cache.score(7, 9, counted);
    expect(calls).toBe(1);
    expect(cache.hits + cache.misses).toBe(20_002);
  });
});
