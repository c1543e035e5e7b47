import { describe, expect, it } from 'vitest';
import {
  KeyedStream,
  keyedUint32,
  Rng,
  streamAt,
  streamId,
  streamOf,
  streamOf3,
  streamPrefix,
} from '../../../src/matching/random/prng';

describe('Rng (xoshiro128**)', () => {
  it('matches the reference C implementation from state (1, 2, 3, 4)', () => {
    // Values printed by Blackman & Vigna's xoshiro128starstar.c seeded with s = {1, 2, 3, 4}.
    const rng = Rng.fromState(1, 2, 3, 4);
    const expected = [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849];
    expect(expected.map(() => rng.nextUint32())).toEqual(expected);
  });

  it('matches the reference after 1,000 steps from another state', () => {
    const rng = Rng.fromState(0x9e3779b9, 0x7f4a7c15, 0xdeadbeef, 0x12345678);
    for (let i = 0; i < 1000; i++) rng.nextUint32();
    expect(rng.nextUint32()).toBe(341884307);
  });

  it('gives the same stream for the same seed and stream, and different ones otherwise', () => {
    const draw = (seed: number, stream: number) => {
      const rng = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => rng.nextUint32());
    };
    expect(draw(42, 7)).toEqual(draw(42, 7));
    expect(draw(42, 7)).not.toEqual(draw(42, 8));
    expect(draw(42, 7)).not.toEqual(draw(43, 7));
  });

  it('below(n) stays in range and is uniform within sampling error', () => {
    const rng = new Rng(1);
    const n = 10;
    const draws = 100_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) {
      const v = rng.below(n);
      expect(v >= 0 && v < n).toBe(true);
      counts[v]!++;
    }
    // Each count is Binomial(draws, 1/n): 4 standard errors.
    const sd = Math.sqrt(draws * (1 / n) * (1 - 1 / n));
    for (const c of counts) expect(Math.abs(c - draws / n)).toBeLessThan(4 * sd);
  });

  it('nextDouble lies in [0, 1) with mean 1/2', () => {
    const rng = new Rng(3);
    let sum = 0;
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      const x = rng.nextDouble();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / draws - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / draws));
  });

  it('streamId separates labels and their order', () => {
    expect(streamId(1, 2)).not.toBe(streamId(2, 1));
    expect(streamId(1, 2)).toBe(streamId(1, 2));
    const ids = new Set(Array.from({ length: 10_000 }, (_, k) => streamId(1, k)));
    expect(ids.size).toBe(10_000);
  });
});

describe('stream numbers without a rest array', () => {
  it('equal streamId of the same labels', () => {
    for (const [a, b, c] of [
      [0, 0, 0],
      [1, 2, 3],
      [0xffffffff, 7, 123456789],
      [42, 0x80000000, 1],
    ] as const) {
      expect(streamOf(a, b)).toBe(streamId(a, b));
      expect(streamOf3(a, b, c)).toBe(streamId(a, b, c));
      expect(streamAt(streamPrefix(a, b), c)).toBe(streamId(a, b, c));
      expect(streamAt(streamPrefix(a), b)).toBe(streamOf(a, b));
    }
  });
});

describe('KeyedStream', () => {
  it('gives each item one number, whatever else is drawn, and other streams others', () => {
    const stream = new KeyedStream(7, 3, 1);
    const first = Array.from({ length: 100 }, (_, i) => stream.uint32(i));
    stream.more(5).nextUint32();
    expect(Array.from({ length: 100 }, (_, i) => stream.uint32(99 - i)).reverse()).toEqual(first);
    expect(new KeyedStream(7, 3, 2).uint32(0)).not.toBe(first[0]);
    expect(new KeyedStream(8, 3, 1).uint32(0)).not.toBe(first[0]);
    expect(stream.more(5).nextUint32()).toBe(new KeyedStream(7, 3, 1).more(5).nextUint32());
  });

  it('spreads consecutive items evenly over every bit (counts within 4 SE of 1/2)', () => {
    const n = 200_000;
    const ones = new Array<number>(32).fill(0);
    for (let i = 0; i < n; i++) {
      const u = keyedUint32(0x1234567, i);
      for (let b = 0; b < 32; b++) ones[b]! += (u >>> b) & 1;
    }
    const se = Math.sqrt(0.25 / n);
    for (const count of ones) expect(Math.abs(count / n - 0.5)).toBeLessThan(4 * se);
    // Top byte of consecutive items (the cell an alias head picks) is uniform too.
    const cells = new Array<number>(256).fill(0);
    for (let i = 0; i < n; i++) cells[keyedUint32(99, i) >>> 24]!++;
    const p = 1 / 256;
    for (const count of cells)
      expect(Math.abs(count / n - p)).toBeLessThan(4.5 * Math.sqrt((p * (1 - p)) / n));
  });
});
