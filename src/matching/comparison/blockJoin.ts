/**
 * Scores every candidate pair of one blocking rule block by block, instead of pair by pair:
 * two record sets sorted by (block, name) (blocking/SortedBlocks) are read in step, and in a
 * block shared by both, every left record meets every right one. The pairs are the same as
 * the hash join's (candidatePairs) for that rule, but the work is not:
 *
 * - a name comparison is computed once per distinct pair of names in the block, weighted by
 *   how many records carry each name (equal names are runs of the sorted sets);
 * - a comparison the block key fixes (the surname, in a block on surname) is computed once
 *   per block, from the block's first records;
 * - both sides' columns are read sequentially, and no list of pairs is ever written.
 *
 * What comes out is a sum over pairs of both scores (the benchmark's checksum) and the counts;
 * an equivalence test checks it against a pair-by-pair reference.
 */
import type { SortedBlocks } from '../blocking/SortedBlocks';

export interface BlockJoinTotals {
  /** Candidate pairs (left record × right record in the same block). */
  pairs: number;
  /** Blocks present on both sides. */
  blocks: number;
  /** Σ over pairs of nameScore(left name, right name). */
  nameScoreSum: number;
  /** Σ over pairs of blockScore (one value per block). */
  blockScoreSum: number;
  /** Name comparisons computed (distinct name pairs per block). */
  nameScores: number;
}

export interface BlockJoinScores {
  /** Score of two name codes. */
  name: (a: number, b: number) => number;
  /** Score every pair of a block shares, from one record of each side (indices into the sets). */
  block: (leftRecord: number, rightRecord: number) => number;
}

export function joinBlocks(
  left: SortedBlocks,
  right: SortedBlocks,
  scores: BlockJoinScores,
): BlockJoinTotals {
  const totals: BlockJoinTotals = {
    pairs: 0,
    blocks: 0,
    nameScoreSum: 0,
    blockScoreSum: 0,
    nameScores: 0,
  };
  // The right block's distinct names and their counts.
  let runName: Uint32Array = new Uint32Array(64);
  let runCount: Uint32Array = new Uint32Array(64);
  const lb = left.block;
  const rb = right.block;
  const ln = left.name;
  const rn = right.name;
  let i = 0;
  let j = 0;
  let nameSum = 0;
  let nameScores = 0;
  while (i < lb.length && j < rb.length) {
    const code = lb[i]!;
    if (code < rb[j]!) {
      while (i < lb.length && lb[i] === code) i++;
      continue;
    }
    if (code > rb[j]!) {
      const other = rb[j]!;
      while (j < rb.length && rb[j] === other) j++;
      continue;
    }
    const leftStart = i;
    const rightStart = j;
    while (i < lb.length && lb[i] === code) i++;
    let runs = 0;
    while (j < rb.length && rb[j] === code) {
      const name = rn[j]!;
      const from = j;
      while (j < rb.length && rb[j] === code && rn[j] === name) j++;
      if (runs === runName.length) {
        runName = grow(runName);
        runCount = grow(runCount);
      }
      runName[runs] = name;
      runCount[runs++] = j - from;
    }
    const pairs = (i - leftStart) * (j - rightStart);
    totals.pairs += pairs;
    totals.blocks++;
    totals.blockScoreSum += pairs * scores.block(left.order[leftStart]!, right.order[rightStart]!);
    for (let k = leftStart; k < i;) {
      const name = ln[k]!;
      const from = k;
      while (k < i && ln[k] === name) k++;
      let sum = 0;
      for (let r = 0; r < runs; r++) sum += runCount[r]! * scores.name(name, runName[r]!);
      nameSum += (k - from) * sum;
      nameScores += runs;
    }
  }
  totals.nameScoreSum = nameSum;
  totals.nameScores = nameScores;
  return totals;
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
