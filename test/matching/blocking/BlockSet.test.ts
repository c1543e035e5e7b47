/**
 * A BlockSet never loses a code it was given (a record of a two-sided block is never
 * dropped), and finds codes it was not given about as rarely as its size promises.
 */
import { describe, expect, it } from 'vitest';
import { BlockSet } from '../../../src/matching/blocking/BlockSet';
import { Rng } from '../../../src/matching/random/prng';

describe('BlockSet', () => {
  it('has every code added, and few others', () => {
    const rng = new Rng(4);
    const codes = Array.from(
      { length: 20_000 },
      () => rng.below(2 ** 16) * 2 ** 11 + rng.below(2 ** 11),
    );
    const added = new Set(codes);
    const set = BlockSet.forRecords(codes.length);
    for (const code of codes) set.add(code);
    for (const code of codes) expect(set.has(code)).toBe(true);
    // 20,000 codes in 2^17 bits: a code not added collides with probability ≈ 1 − e^(−0.15).
    let found = 0;
    let tried = 0;
    for (let code = 1; tried < 20_000; code += 7919) {
      if (added.has(code)) continue;
      tried++;
      if (set.has(code)) found++;
    }
    const p = 1 - Math.exp(-added.size / 2 ** 17);
    const sd = Math.sqrt((p * (1 - p)) / tried);
    expect(Math.abs(found / tried - p)).toBeLessThan(5 * sd);
  });

  it('accepts only power-of-two sizes', () => {
    expect(() => new BlockSet(1000)).toThrow(RangeError);
    expect(() => new BlockSet(16)).toThrow(RangeError);
  });
});
