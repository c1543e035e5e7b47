import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../../src/matching/random/alias';
import { KeyedDraws, NO_DRAW } from '../../../src/matching/random/KeyedDraws';
import { KeyedStream, Rng } from '../../../src/matching/random/prng';

describe('KeyedDraws', () => {
  const given = [
    new AliasTable([1, 2, 3]),
    new AliasTable(Array.from({ length: 5000 }, (_, i) => 1 / (i + 1))),
    new AliasTable([0, 4, 0, 1], [10, 20, 30, 40]),
  ];
  const surnames = [new AliasTable([5, 1], [700, 900]), new AliasTable([1, 1, 1])];

  /** Keys for `count` slots, a fifth of them NO_DRAW. */
  const keysFor = (tables: readonly AliasTable[], count: number, seed: number) => {
    const pick = new Rng(seed);
    return Uint16Array.from({ length: count }, () =>
      pick.chance(0.2) ? NO_DRAW : pick.below(tables.length),
    );
  };

  it('draws each slot as its item drawn alone would be, one scratch for calls over other tables', () => {
    // Room for 16 slots: the first call grows it, the second (other tables) reuses it.
    const draws = new KeyedDraws(16);
    for (const [tables, seed] of [
      [given, 9],
      [surnames, 10],
      [given, 11],
    ] as const) {
      const keys = keysFor(tables, 4000, seed);
      const stream = new KeyedStream(3, seed);
      const out = new Uint32Array(keys.length).fill(99_999);
      draws.draw(tables, keys, keys.length, stream, 1_000_000, out);
      keys.forEach((key, i) =>
        expect(out[i]).toBe(
          key === NO_DRAW ? 99_999 : tables[key]!.sampleKeyed(stream, 1_000_000 + i),
        ),
      );
    }
  });

  it('leaves slots past `count` alone', () => {
    const keys = new Uint16Array(10);
    const out = new Uint32Array(10).fill(7);
    new KeyedDraws(4).draw(surnames, keys, 6, new KeyedStream(1), 0, out);
    expect(Array.from(out.subarray(6))).toEqual([7, 7, 7, 7]);
    expect(out.subarray(0, 6).every((v) => v === 700 || v === 900)).toBe(true);
  });
});
