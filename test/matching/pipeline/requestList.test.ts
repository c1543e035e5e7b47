import { describe, expect, it } from 'vitest';
import { selectList } from '../../../src/matching/pipeline/requestList';
import { Rng } from '../../../src/matching/random/prng';

describe('selectList', () => {
  it('takes the candidates of lowest rank, equal ranks in candidate order, as a sort would', () => {
    const rng = new Rng(9);
    for (let round = 0; round < 40; round++) {
      const n = rng.below(300);
      // Few distinct ranks (many ties) in some rounds, full 32-bit ranks in others.
      const spread = [4, 1000, 2 ** 32][rng.below(3)]!;
      const rank = Uint32Array.from({ length: n }, () => Math.floor(rng.nextDouble() * spread));
      const size = rng.below(n + 20);
      const sample = rng.below(2) === 0 ? null : rng.below(n + 5);
      const expected = Array.from({ length: n }, (_, i) => i)
        .sort((a, b) => rank[a]! - rank[b]! || a - b)
        .slice(0, Math.min(size, n));
      const list = selectList(rank, size, sample);
      expect(Array.from(list.members)).toEqual(expected);
      expect(list.full).toBe(expected.length);
      expect(list.sampled).toBe(Math.min(sample ?? expected.length, expected.length));
    }
  });
});
