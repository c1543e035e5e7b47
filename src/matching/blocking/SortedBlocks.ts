/**
 * One record set sorted by block, for joining two sets block by block instead of pair by
 * pair: each record has a block code (records with equal codes are one block; 0 = not
 * blocked) and a name code, and the records are ordered by (block, name) with a stable LSD
 * radix sort — no comparisons, and equal names end up next to each other, so a block's
 * distinct names and their counts are runs. Reading two sorted sets in step visits both
 * sides' columns sequentially.
 */
export interface SortedBlocks {
  /** Record indices in (block, name) order; unblocked records are left out. */
  readonly order: Uint32Array;
  /** Block code of each record in `order`. */
  readonly block: Uint32Array;
  /** Name code of each record in `order`. */
  readonly name: Uint32Array;
}

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

interface Columns {
  readonly order: Uint32Array;
  readonly block: Uint32Array;
  readonly name: Uint32Array;
}

/**
 * Stable counting sort of the three columns by one 16-bit digit of one of them; the columns
 * move together, so every read is sequential.
 */
function sortByDigit(
  from: Columns,
  to: Columns,
  by: 'block' | 'name',
  shift: number,
  counts: Uint32Array,
): void {
  const key = from[by];
  const n = key.length;
  counts.fill(0);
  for (let k = 0; k < n; k++) counts[(key[k]! >>> shift) & (DIGITS - 1)]!++;
  let sum = 0;
  for (let d = 0; d < DIGITS; d++) {
    const c = counts[d]!;
    counts[d] = sum;
    sum += c;
  }
  const { order, block, name } = to;
  for (let k = 0; k < n; k++) {
    const at = counts[(key[k]! >>> shift) & (DIGITS - 1)]!++;
    order[at] = from.order[k]!;
    block[at] = from.block[k]!;
    name[at] = from.name[k]!;
  }
}

function allocateColumns(n: number): Columns {
  return { order: new Uint32Array(n), block: new Uint32Array(n), name: new Uint32Array(n) };
}

/** Records to sort: index, block code (never 0) and name code of each, in any order. */
export type BlockedRecords = SortedBlocks;

/**
 * `records` sorted by (block, name). Digits above the largest code are skipped, so 16-bit
 * name codes cost one pass. The input arrays are not modified.
 */
export function sortBlocks(records: BlockedRecords): SortedBlocks {
  let maxBlock = 0;
  let maxName = 0;
  for (let k = 0; k < records.block.length; k++) {
    if (records.block[k]! > maxBlock) maxBlock = records.block[k]!;
    if (records.name[k]! > maxName) maxName = records.name[k]!;
  }
  // Passes alternate between two sets of columns; the input is never written.
  const n = records.block.length;
  let columns: Columns = records;
  let free: Columns | null = null;
  const counts = new Uint32Array(DIGITS);
  for (const [by, max] of [
    ['name', maxName],
    ['block', maxBlock],
  ] as const) {
    for (let shift = 0; shift < 32 && (shift === 0 || max >>> shift !== 0); shift += DIGIT_BITS) {
      const to = free ?? allocateColumns(n);
      sortByDigit(columns, to, by, shift, counts);
      free = columns === records ? null : columns;
      columns = to;
    }
  }
  return columns;
}

/** The records with a block code (`block[i] !== 0`) of a whole set, sorted by (block, name). */
export function sortBlockCodes(block: Uint32Array, name: Uint32Array): SortedBlocks {
  let present = 0;
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) present++;
  const records: BlockedRecords = {
    order: new Uint32Array(present),
    block: new Uint32Array(present),
    name: new Uint32Array(present),
  };
  for (let i = 0, k = 0; i < block.length; i++) {
    if (block[i] === 0) continue;
    records.order[k] = i;
    records.block[k] = block[i]!;
    records.name[k++] = name[i]!;
  }
  return sortBlocks(records);
}
