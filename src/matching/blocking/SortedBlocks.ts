/**
 * One record set sorted by block, for joining two sets block by block instead of pair by
 * pair: each record has a block code (records with equal codes are one block; 0 = not
 * blocked) and a name code, and the records are ordered by block with a stable LSD radix sort
 * — no comparisons. Reading two sorted sets in step visits both sides' columns sequentially.
 *
 * Digits are as narrow as the codes allow (at most 11 bits: 2,048 buckets), so each pass
 * scatters into few enough places at once to stay in the processor's cache; one read counts
 * every digit, and only the two columns the join reads are moved.
 */
export interface SortedBlocks {
  /** Block code of each record, ascending; unblocked records are left out. */
  readonly block: Uint32Array;
  /** Name code of each record (records of a block keep their input order). */
  readonly name: Uint32Array;
}

/** Records to sort: block code and name code of each, in any order. */
export type BlockedRecords = SortedBlocks;

const MAX_DIGIT_BITS = 11;

/**
 * `records` sorted by block, stable. Passes alternate between the input's arrays and one new
 * set, so the input's arrays are overwritten (and may hold the result).
 */
export function sortBlocks(records: BlockedRecords): SortedBlocks {
  const n = records.block.length;
  let bits = 0;
  for (let k = 0; k < n; k++) bits |= records.block[k]!;
  const width = 32 - Math.clz32(bits);
  const passes = Math.max(1, Math.ceil(width / MAX_DIGIT_BITS));
  const digitBits = Math.ceil(width / passes);
  const mask = (1 << digitBits) - 1;
  const starts = digitStarts(records.block, passes, digitBits);
  const other: SortedBlocks = { block: new Uint32Array(n), name: new Uint32Array(n) };
  let from: SortedBlocks = records;
  for (let pass = 0; pass < passes; pass++) {
    const to = pass % 2 === 0 ? other : records;
    scatter(from, to, starts, pass << digitBits, pass * digitBits, mask);
    from = to;
  }
  return from;
}

/** One counting-sort pass: each record to the next place of its digit (`starts` from `at`). */
function scatter(
  from: SortedBlocks,
  to: SortedBlocks,
  starts: Uint32Array,
  at: number,
  shift: number,
  mask: number,
): void {
  const fromBlock = from.block;
  const fromName = from.name;
  const toBlock = to.block;
  const toName = to.name;
  for (let k = 0; k < fromBlock.length; k++) {
    const code = fromBlock[k]!;
    const place = starts[at + ((code >>> shift) & mask)]!++;
    toBlock[place] = code;
    toName[place] = fromName[k]!;
  }
}

/**
 * For each pass, where each digit value's records start in that pass's output: counts of
 * every digit from one read of the codes, then running sums.
 */
function digitStarts(codes: Uint32Array, passes: number, digitBits: number): Uint32Array {
  const digits = 1 << digitBits;
  const mask = digits - 1;
  const starts = new Uint32Array(passes * digits);
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k]!;
    for (let pass = 0; pass < passes; pass++)
      starts[(pass << digitBits) + ((code >>> (pass * digitBits)) & mask)]!++;
  }
  for (let pass = 0; pass < passes; pass++) {
    let sum = 0;
    for (let d = pass * digits; d < (pass + 1) * digits; d++) {
      const count = starts[d]!;
      starts[d] = sum;
      sum += count;
    }
  }
  return starts;
}

/** The records with a block code (`block[i] !== 0`) of a whole set, sorted by block. */
export function sortBlockCodes(block: Uint32Array, name: Uint32Array): SortedBlocks {
  let present = 0;
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) present++;
  const records: BlockedRecords = {
    block: new Uint32Array(present),
    name: new Uint32Array(present),
  };
  for (let i = 0, k = 0; i < block.length; i++) {
    if (block[i] === 0) continue;
    records.block[k] = block[i]!;
    records.name[k++] = name[i]!;
  }
  return sortBlocks(records);
}
