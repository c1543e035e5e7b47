import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/matching/blocking/KeyTable';
import { Rng } from '../../../src/matching/random/prng';

describe('KeyTable', () => {
  it('keeps the first value of each key, as a Map does', () => {
    const rng = new Rng(4);
    const keys = Array.from({ length: 5000 }, () => 1 + Math.floor(rng.nextDouble() * 2 ** 52));
    const table = new KeyTable(keys.length);
    const reference = new Map<number, number>();
    keys.forEach((key, i) => {
      const k = i % 3 === 0 ? keys[Math.floor(i / 2)]! : key;
      if (!reference.has(k)) reference.set(k, i);
      expect(table.getOrInsert(k, i)).toBe(reference.get(k));
    });
    for (const [key, value] of reference) expect(table.get(key)).toBe(value);
    expect(table.get(12345)).toBe(-1);
    table.mapValues((v) => v + 1);
    for (const [key, value] of reference) expect(table.get(key)).toBe(value + 1);
  });
});
