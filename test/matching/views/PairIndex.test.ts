import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/matching/random/prng';
import { PairIndex } from '../../../src/matching/views/PairIndex';

describe('PairIndex', () => {
  it('agrees with a Map of string keys on random pairs, through growth', () => {
    const rng = new Rng(8);
    const index = new PairIndex(4);
    const reference = new Map<string, number>();
    let disagreements = 0;
    for (let k = 0; k < 50_000; k++) {
      // Small ranges force repeats; large ids (tail surnames, local ids) must work too.
      const a = rng.chance(0.5) ? rng.below(300) : 0x40000000 + rng.below(1 << 20);
      const b = rng.below(300);
      const key = `${a},${b}`;
      const known = reference.get(key);
      if (index.get(a, b) !== (known ?? -1)) disagreements++;
      if (known === undefined) {
        reference.set(key, k);
        index.set(a, b, k);
      }
    }
    expect(disagreements).toBe(0);
    expect(reference.size).toBeGreaterThan(20_000);
  });
});
