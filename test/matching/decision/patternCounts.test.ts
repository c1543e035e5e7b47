import { describe, expect, it } from 'vitest';
import type { ComparisonVectors } from '../../../src/matching/decision/comparisonSpace';
import {
  decodePattern,
  encodePattern,
  patternCounts,
  patternRadices,
  type PatternCounts,
} from '../../../src/matching/decision/patternCounts';
import { EngineError } from '../../../src/matching/messages';
import { Rng } from '../../../src/matching/random/prng';
import { FIELDS, simulatePairs } from './simulatedPairs';

/** Rows of a level array as strings, sorted: a multiset that can be compared with toEqual. */
function sortedRows(levels: Uint8Array, width: number, count: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(levels.subarray(i * width, (i + 1) * width).join(','));
  return rows.sort();
}

/** Each pattern repeated `count` times: the pairs the patterns stand for. */
function expand(patterns: PatternCounts): Uint8Array {
  const width = patterns.fields.length;
  const rows: number[] = [];
  for (let p = 0; p < patterns.size; p++)
    for (let k = 0; k < patterns.counts[p]!; k++)
      rows.push(...patterns.levels.subarray(p * width, (p + 1) * width));
  return Uint8Array.from(rows);
}

describe('patternCounts', () => {
  const { vectors } = simulatePairs(new Rng(3), 5_000, 0.3);
  const patterns = patternCounts(vectors);

  it('expands back to the same multiset of rows', () => {
    const width = FIELDS.length;
    expect(sortedRows(expand(patterns), width, vectors.count)).toEqual(
      sortedRows(vectors.levels, width, vectors.count),
    );
  });

  it('lists each pattern once, in increasing code order, with codes that decode to its levels', () => {
    const radices = patternRadices(FIELDS);
    expect(new Set(patterns.codes).size).toBe(patterns.size);
    for (let p = 1; p < patterns.size; p++)
      expect(patterns.codes[p]!).toBeGreaterThan(patterns.codes[p - 1]!);
    for (let p = 0; p < patterns.size; p++)
      expect(encodePattern(radices, patterns.levels, p * FIELDS.length)).toBe(patterns.codes[p]);
  });

  it('encodes and decodes every level vector of a small space', () => {
    const radices = patternRadices(FIELDS);
    expect(radices).toEqual([1, 3, 12, 48]);
    const out = new Uint8Array(FIELDS.length);
    for (let code = 0; code < 3 * 4 * 4 * 3; code++) {
      decodePattern(FIELDS, code, out);
      expect(encodePattern(radices, out)).toBe(code);
    }
  });

  it('counts a weighted pair as many pairs', () => {
    const small: ComparisonVectors = {
      fields: FIELDS,
      count: 3,
      levels: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 2]),
    };
    const weighted = patternCounts(small, [2, 0.5, 4]);
    expect(Array.from(weighted.counts)).toEqual([2.5, 4]);
    expect(Array.from(weighted.levels)).toEqual([0, 0, 0, 0, 2, 3, 3, 2]);
  });

  it('rejects a level beyond its field and a wrong number of weights', () => {
    const bad: ComparisonVectors = {
      fields: FIELDS,
      count: 1,
      levels: Uint8Array.from([3, 0, 0, 0]),
    };
    expect(() => patternCounts(bad)).toThrow(/"surname": level 3 is out of range/);
    expect(() => patternCounts(vectors, [1, 2])).toThrow(EngineError);
  });

  it('refuses a space too large to number exactly', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      name: `f${i}`,
      levels: Array.from({ length: 256 }, (_, l) => `level${l}`),
    }));
    expect(() => patternRadices(many)).toThrow(EngineError);
  });
});
