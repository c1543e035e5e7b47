/**
 * Scores every candidate pair of one blocking rule block by block, instead of pair by pair:
 * two record sets sorted by block (blocking/SortedBlocks) are read in step, and in a block
 * shared by both, every left record meets every right one. The pairs are the same as the
 * hash join's (candidatePairs) for that rule, but the work is not:
 *
 * - a comparison the block key fixes (the surname, in a block on surname) is computed once
 *   per block, from the block code;
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
}

export interface BlockJoinScores {
  /** Σ of the name scores of every pair of left[leftFrom…leftTo) × right[rightFrom…rightTo). */
  names(
    left: Uint32Array,
    leftFrom: number,
    leftTo: number,
    right: Uint32Array,
    rightFrom: number,
    rightTo: number,
  ): number;
  /** Score every pair of a block shares, from its block code. */
  block(code: number): number;
}

export function joinBlocks(
  left: SortedBlocks,
  right: SortedBlocks,
  scores: BlockJoinScores,
): BlockJoinTotals {
  const lb = left.block;
  const rb = right.block;
  const ln = left.name;
  const rn = right.name;
  let i = 0;
  let j = 0;
  let pairs = 0;
  let blocks = 0;
  let nameScoreSum = 0;
  let blockScoreSum = 0;
  while (i < lb.length && j < rb.length) {
    const code = lb[i]!;
    const other = rb[j]!;
    if (code !== other) {
      if (code < other) i++;
      else j++;
      continue;
    }
    const leftStart = i;
    const rightStart = j;
    while (i < lb.length && lb[i] === code) i++;
    while (j < rb.length && rb[j] === code) j++;
    const blockPairs = (i - leftStart) * (j - rightStart);
    pairs += blockPairs;
    blocks++;
    blockScoreSum += blockPairs * scores.block(code);
    nameScoreSum += scores.names(ln, leftStart, i, rn, rightStart, j);
  }
  return { pairs, blocks, nameScoreSum, blockScoreSum };
}
