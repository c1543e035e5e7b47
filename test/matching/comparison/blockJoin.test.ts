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
      const blockScore = (code: number) => (code % 3) + code / 7;
      const names = (
        l: Uint32Array,
        lFrom: number,
        lTo: number,
        r: Uint32Array,
        rFrom: number,
        rTo: number,
      ) => {
        let sum = 0;
        for (let x = lFrom; x < lTo; x++)
          for (let y = rFrom; y < rTo; y++) sum += score(l[x]!, r[y]!);
        return sum;
      };
      let pairs = 0;
      let nameSum = 0;
      let blockSum = 0;
      for (let i = 0; i < left.block.length; i++) {
        for (let j = 0; j < right.block.length; j++) {
          if (left.block[i] === 0 || left.block[i] !== right.block[j]) continue;
          pairs++;
          nameSum += score(left.name[i]!, right.name[j]!);
          blockSum += blockScore(left.block[i]!);
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
            { names, block: blockScore },
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
  it('keeps exactly the blocked records, ordered by block, stable', () => {
    const rng = new Rng(3);
    const { block, name } = randomSide(rng, 500);
    const sorted = sortBlockCodes(block, name);
    const expected = [...block.keys()]
      .filter((i) => block[i] !== 0)
      .sort((a, b) => block[a]! - block[b]! || a - b);
    expect([...sorted.block]).toEqual(expected.map((i) => block[i]!));
    expect([...sorted.name]).toEqual(expected.map((i) => name[i]!));
  });

  it('sorts codes of every width, up to 32 bits', () => {
    const rng = new Rng(5);
    for (const bits of [1, 8, 11, 12, 23, 27, 32]) {
      const block = Uint32Array.from({ length: 3000 }, () => {
        const code = (rng.below(2 ** 16) * 2 ** 16 + rng.below(2 ** 16)) % 2 ** bits;
        return code === 0 ? 1 : code;
      });
      const name = Uint32Array.from(block.keys());
      const sorted = sortBlockCodes(block, name);
      const expected = [...block.keys()].sort((a, b) => block[a]! - block[b]! || a - b);
      expect([...sorted.name]).toEqual(expected);
    }
  });
});

/** NameCodes' scores by rank. */
function byRank(codes: NameCodes, codeOf: Uint32Array, symmetric = true) {
  const jaroWinkler = (a: number, b: number) => codes.jaroWinkler(codeOf[a]!, codeOf[b]!);
  return {
    jaroWinkler,
    sumAgainst: (a: number, names: Uint32Array, from: number, to: number) =>
      names.subarray(from, to).reduce((sum, b) => sum + jaroWinkler(a, b), 0),
    symmetric: (a: number, b: number) => symmetric && codes.symmetric(codeOf[a]!, codeOf[b]!),
  };
}

describe('FrequentPairScores', () => {
  it('returns the direct score, in and outside the table of common names', () => {
    const codes = new NameCodes(NAMES);
    const counts = countNames(
      [Uint32Array.from([1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 0])],
      NAMES.length,
    );
    const ranks = rankNames(counts);
    expect(ranks.codeOf[0]).toBe(1);
    const scores = new FrequentPairScores(byRank(codes, ranks.codeOf, false), 4);
    for (let round = 0; round < 2; round++)
      for (let a = 0; a < ranks.codeOf.length; a++)
        for (let b = 0; b < ranks.codeOf.length; b++)
          expect(scores.get(a, b)).toBe(codes.jaroWinkler(ranks.codeOf[a]!, ranks.codeOf[b]!));
    expect(scores.computed).toBe(16 + 2 * (100 - 16));
  });

  it('fills both cells of a symmetric pair exactly', () => {
    const codes = new NameCodes(NAMES);
    const ranks = rankNames(countNames([Uint32Array.from(NAMES.keys())], NAMES.length));
    const scores = new FrequentPairScores(byRank(codes, ranks.codeOf), 16);
    for (let a = 0; a < NAMES.length; a++)
      for (let b = 0; b < NAMES.length; b++)
        expect(scores.get(a, b)).toBe(codes.jaroWinkler(ranks.codeOf[a]!, ranks.codeOf[b]!));
    expect(scores.computed).toBeLessThan(NAMES.length * NAMES.length);
  });

  it("sums a block's pairs as scoring them one by one does", () => {
    const codes = new NameCodes(NAMES);
    const ranks = rankNames(countNames([Uint32Array.from(NAMES.keys())], NAMES.length));
    const direct = byRank(codes, ranks.codeOf);
    const scores = new FrequentPairScores(direct, 4);
    const rng = new Rng(9);
    for (let block = 0; block < 50; block++) {
      const left = Uint32Array.from({ length: 1 + rng.below(20) }, () => rng.below(NAMES.length));
      const right = Uint32Array.from({ length: 1 + rng.below(20) }, () => rng.below(NAMES.length));
      const from = rng.below(left.length);
      let expected = 0;
      for (let l = from; l < left.length; l++)
        for (let r = 1; r < right.length; r++) expected += direct.jaroWinkler(left[l]!, right[r]!);
      expect(scores.blockSum(left, from, left.length, right, 1, right.length)).toBeCloseTo(
        expected,
        12,
      );
    }
  });

  it('computes every time once its 16-bit numbers for scores run out', () => {
    const score = (a: number, b: number) => a + b / 1024;
    const distinct = {
      jaroWinkler: score,
      sumAgainst: (a: number, names: Uint32Array, from: number, to: number) =>
        names.subarray(from, to).reduce((sum, b) => sum + score(a, b), 0),
      symmetric: () => false,
    };
    const scores = new FrequentPairScores(distinct, 256);
    for (let round = 0; round < 2; round++)
      for (let a = 0; a < 256; a++)
        for (let b = 0; b < 256; b++) expect(scores.get(a, b)).toBe(a + b / 1024);
    expect(scores.computed).toBe(2 * 256 * 256 - (2 ** 15 - 1));
  });
});

describe('rankNames', () => {
  it('ranks as a sort by count (ties: lower code first) would, counts of any size', () => {
    const rng = new Rng(21);
    const counts = Uint32Array.from({ length: 3000 }, () => (rng.chance(0.3) ? 0 : rng.below(40)));
    counts[17] = 70_000; // beyond counting: sorted by comparison
    counts[18] = 70_000;
    counts[5] = 65_536;
    counts[6] = 65_535;
    const present = [...counts.keys()].filter((code) => counts[code]! > 0);
    const sorted = [...present].sort((a, b) => counts[b]! - counts[a]! || a - b);
    const ranks = rankNames(counts);
    expect([...ranks.codeOf]).toEqual(sorted);
    for (let code = 0; code < counts.length; code++)
      expect(ranks.rankOf[code]).toBe(counts[code]! > 0 ? sorted.indexOf(code) : -1);
  });
});
