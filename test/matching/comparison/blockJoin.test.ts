/**
 * The block-by-block join must give what comparing every candidate pair one by one gives: on
 * small random sets, the same pair count and the same score sums as a brute force over all
 * pairs, whole or split into partitions.
 */
import { describe, expect, it } from 'vitest';
import { partitionOf } from '../../../src/matching/blocking/partition';
import { sortBlockCodes } from '../../../src/matching/blocking/SortedBlocks';
import { joinBlocks } from '../../../src/matching/comparison/blockJoin';
import {
  FrequentPairScores,
  countNames,
  rankNames,
} from '../../../src/matching/comparison/names/FrequentNamePairs';
import { NameCodes } from '../../../src/matching/comparison/names/NameCodes';
import { Rng } from '../../../src/matching/random/prng';

const NAMES = ['', 'JOHN', 'JON', 'MIN-JUN', 'MINJUN', 'MARY', 'MARIE', 'ANH', 'LINH', 'SEO-YEON'];

function randomSide(rng: Rng, size: number) {
  const block = new Uint32Array(size);
  const name = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    block[i] = rng.chance(0.1) ? 0 : 1 + rng.below(12);
    name[i] = rng.below(NAMES.length);
  }
  return { block, name };
}

describe('joinBlocks', () => {
  it('equals a brute force over every pair, whole and in partitions', () => {
    const codes = new NameCodes(NAMES);
    const score = (a: number, b: number) => codes.jaroWinkler(a, b);
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const left = randomSide(rng, 1 + rng.below(80));
      const right = randomSide(rng, 1 + rng.below(80));
      const blockScore = (i: number, j: number) => (left.block[i]! % 3) + right.block[j]! / 7;
      let pairs = 0;
      let nameSum = 0;
      let blockSum = 0;
      for (let i = 0; i < left.block.length; i++) {
        for (let j = 0; j < right.block.length; j++) {
          if (left.block[i] === 0 || left.block[i] !== right.block[j]) continue;
          pairs++;
          nameSum += score(left.name[i]!, right.name[j]!);
          blockSum += blockScore(i, j);
        }
      }
      for (const parts of [1, 2, 3]) {
        let got = { pairs: 0, nameScoreSum: 0, blockScoreSum: 0 };
        for (let part = 0; part < parts; part++) {
          const keep = (b: Uint32Array) =>
            b.map((code) => (code !== 0 && partitionOf(code, parts) === part ? code : 0));
          const totals = joinBlocks(
            sortBlockCodes(keep(left.block), left.name),
            sortBlockCodes(keep(right.block), right.name),
            { name: score, block: blockScore },
          );
          got = {
            pairs: got.pairs + totals.pairs,
            nameScoreSum: got.nameScoreSum + totals.nameScoreSum,
            blockScoreSum: got.blockScoreSum + totals.blockScoreSum,
          };
        }
        expect(got.pairs).toBe(pairs);
        expect(got.nameScoreSum).toBeCloseTo(nameSum, 9);
        expect(got.blockScoreSum).toBeCloseTo(blockSum, 9);
      }
    }
  });
});

describe('sortBlockCodes', () => {
  it('keeps exactly the blocked records, ordered by (block, name), stable', () => {
    const rng = new Rng(3);
    const { block, name } = randomSide(rng, 500);
    const sorted = sortBlockCodes(block, name);
    const expected = [...block.keys()]
      .filter((i) => block[i] !== 0)
      .sort((a, b) => block[a]! - block[b]! || name[a]! - name[b]! || a - b);
    expect([...sorted.order]).toEqual(expected);
    expect([...sorted.block]).toEqual(expected.map((i) => block[i]!));
    expect([...sorted.name]).toEqual(expected.map((i) => name[i]!));
  });

  it('sorts codes wider than one 16-bit digit', () => {
    const block = Uint32Array.from([70_000_001, 5, 70_000_001, 65_536, 5]);
    const name = Uint32Array.from([100_000, 3, 2, 1, 70_000]);
    expect([...sortBlockCodes(block, name).order]).toEqual([1, 4, 3, 2, 0]);
  });
});

describe('FrequentPairScores', () => {
  it('returns the direct score, in and outside the table of common names', () => {
    const codes = new NameCodes(NAMES);
    const counts = countNames(
      [Uint32Array.from([1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 0])],
      NAMES.length,
    );
    const ranks = rankNames(counts);
    expect(ranks.codeOf[0]).toBe(1);
    const scores = new FrequentPairScores(ranks.codeOf, (a, b) => codes.jaroWinkler(a, b), 4);
    for (let round = 0; round < 2; round++)
      for (let a = 0; a < ranks.codeOf.length; a++)
        for (let b = 0; b < ranks.codeOf.length; b++)
          expect(scores.get(a, b)).toBe(codes.jaroWinkler(ranks.codeOf[a]!, ranks.codeOf[b]!));
    expect(scores.computed).toBe(16 + 2 * (100 - 16));
  });

  it('fills both cells of a symmetric pair exactly', () => {
    const codes = new NameCodes(NAMES);
    const ranks = rankNames(countNames([Uint32Array.from(NAMES.keys())], NAMES.length));
    const score = (a: number, b: number) => codes.jaroWinkler(a, b);
    const scores = new FrequentPairScores(ranks.codeOf, score, 16, (a, b) => codes.symmetric(a, b));
    for (let a = 0; a < NAMES.length; a++)
      for (let b = 0; b < NAMES.length; b++)
        expect(scores.get(a, b)).toBe(score(ranks.codeOf[a]!, ranks.codeOf[b]!));
    expect(scores.computed).toBeLessThan(NAMES.length * NAMES.length);
  });
});
