import { describe, expect, it } from 'vitest';
import { PairCache } from '../../../../src/matching/comparison/names/PairCache';
import { Rng } from '../../../../src/matching/random/prng';

describe('PairCache', () => {
  it('stores and finds the same values as a Map, through growth', () => {
    const cache = new PairCache(16);
    const reference = new Map<string, number>();
    const rng = new Rng(3);
    for (let k = 0; k < 50_000; k++) {
      const a = rng.below(3000) + (rng.chance(0.1) ? 0x40000000 : 0);
      const b = rng.below(3000);
      const key = `${a},${b}`;
      if (reference.has(key)) {
        expect(cache.get(a, b)).toBe(reference.get(key));
      } else {
        expect(cache.get(a, b)).toBeNaN();
        const value = rng.nextDouble();
        cache.set(a, b, value);
        reference.set(key, value);
      }
    }
    expect(cache.size).toBe(reference.size);
    expect(cache.get(1, 2)).toBe(reference.get('1,2') ?? NaN);
  });

  it('keeps (a, b) and (b, a) apart', () => {
    const cache = new PairCache();
    cache.set(1, 2, 0.25);
    expect(cache.get(2, 1)).toBeNaN();
    expect(cache.get(1, 2)).toBe(0.25);
  });
});
