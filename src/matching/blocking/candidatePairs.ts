/**
 * Candidate pairs between two record sets by OR'd blocking rules, as a hash join: the first
 * set is indexed once per rule (its records sorted by key), the second streamed through it.
 * Keys are verified part by part, so a hash collision never makes a candidate, and a pair
 * found by an earlier rule is not emitted again by a later one (each pair once, credited to
 * the first rule that finds it).
 *
 * A partition (blocking/partition.ts) restricts the join to the pairs whose crediting rule's
 * key falls in it: that key is the pair's own (both records share it), so the partitions'
 * pairs are disjoint, together are all pairs, and each comes out in the same relative order
 * as in the whole join — threads can each run one and merge (linking/linkPartition.ts).
 */
import type { LinkRecords } from '../linking/LinkRecords';
import { engineError } from '../messages';
import type { BlockingRule } from './blockingRules';
import type { KeyPart, KeyReader } from './keyParts';
import { KeyTable } from './KeyTable';
import { partitionOf, WHOLE, type Partition } from './partition';

export interface CandidatePairs {
  /** Index into the first set of each pair. */
  left: Uint32Array;
  /** Index into the second set of each pair. */
  right: Uint32Array;
  /** Index of the rule credited with each pair. */
  rule: Uint8Array;
  /** Pairs credited to each rule (found by it and by no earlier rule). */
  byRule: { rule: string; pairs: number }[];
  /** Share of all |A|·|B| pairs that blocking spared comparing. */
  reductionRatio: number;
}

/** Per rule: each record's key parts, and the first set sorted by key. */
interface RuleIndex {
  parts: KeyPart[];
  /** Key part values, record-major: record i part p at i * parts + p. */
  leftValues: Uint32Array;
  order: Uint32Array;
  /** key → [first, last) range in `order`. */
  ranges: KeyTable;
  sortedKeys: Float64Array;
  /** The size of each block, at its first place in `order`. */
  blockSize: Uint32Array;
}

/**
 * The most candidate pairs a join may make unless told otherwise (for a file deduplicated,
 * pairs of distinct records). Deduplicating 7,000 identical records (24.5 million pairs, all
 * declared) took 87 s and 4.5 GB with the CSV written; a block of thousands of identical
 * records (a placeholder) is what reaches it.
 */
export const DEFAULT_MAX_CANDIDATE_PAIRS = 25_000_000;

/** A 53-bit hash of key part values (0 if any part is missing). */
function hashParts(values: Uint32Array, at: number, n: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let p = 0; p < n; p++) {
    const v = values[at + p]!;
    if (v === 0) return 0;
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h1 ^= h1 >>> 13;
    h2 = Math.imul(h2 ^ v, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // 21 bits of h2 over 32 bits of h1; never 0 for a present key.
  return (h2 >>> 11) * 4294967296 + (h1 >>> 0) || 1;
}

function readParts(
  reader: KeyReader,
  parts: readonly KeyPart[],
  records: LinkRecords,
  allocate: (bytes: number) => ArrayBufferLike,
): Uint32Array {
  const n = parts.length;
  const values = new Uint32Array(allocate(records.size * n * 4));
  for (let i = 0; i < records.size; i++) {
    for (let p = 0; p < n; p++) values[i * n + p] = reader.read(parts[p]!, records, i);
  }
  return values;
}

/** The key of values at `at`, or 0 if a part is missing or the key is outside the partition. */
function keyIn(values: Uint32Array, at: number, n: number, partition: Partition): number {
  const key = hashParts(values, at, n);
  return key !== 0 && partitionOf(key, partition.parts) === partition.part ? key : 0;
}

/**
 * Every record's key part values under each rule (record-major per rule): all that blocking
 * reads of the records. Reading them is most of blocking's cost and the same for every
 * partition, so a caller running partitions on threads reads them once, into shared memory.
 */
export interface BlockingValues {
  left: Uint32Array[];
  right: Uint32Array[];
}

export function blockingValues(
  reader: KeyReader,
  rules: readonly BlockingRule[],
  left: LinkRecords,
  right: LinkRecords,
  allocate: (bytes: number) => ArrayBufferLike = (n) => new ArrayBuffer(n),
): BlockingValues {
  return {
    left: rules.map((rule) => readParts(reader, rule.on, left, allocate)),
    right: rules.map((rule) => readParts(reader, rule.on, right, allocate)),
  };
}

function indexRule(
  rule: BlockingRule,
  left: LinkRecords,
  leftValues: Uint32Array,
  partition: Partition,
): RuleIndex {
  const parts = [...rule.on];
  const n = parts.length;
  const keys = new Float64Array(left.size);
  let present = 0;
  for (let i = 0; i < left.size; i++) {
    keys[i] = keyIn(leftValues, i * n, n, partition);
    if (keys[i] !== 0) present++;
  }
  // Group records by key without a comparison sort: count per key, then place each record
  // in its key's range (first-seen key order; records keep index order within a key).
  const ranges = new KeyTable(present);
  const counts = new Uint32Array(present + 1);
  const slotOf = new Int32Array(left.size).fill(-1);
  let groups = 0;
  for (let i = 0; i < left.size; i++) {
    const key = keys[i]!;
    if (key === 0) continue;
    const slot = ranges.getOrInsert(key, groups);
    if (slot === groups) groups++;
    counts[slot]!++;
    slotOf[i] = slot;
  }
  const starts = new Uint32Array(groups + 1);
  for (let k = 0; k < groups; k++) starts[k + 1] = starts[k]! + counts[k]!;
  ranges.mapValues((slot) => starts[slot]!);
  const fill = starts.slice(0, groups);
  const blockSize = new Uint32Array(present);
  for (let k = 0; k < groups; k++) blockSize[starts[k]!] = counts[k]!;
  const order = new Uint32Array(present);
  const sortedKeys = new Float64Array(present);
  for (let i = 0; i < left.size; i++) {
    const slot = slotOf[i]!;
    if (slot < 0) continue;
    const at = fill[slot]!++;
    order[at] = i;
    sortedKeys[at] = keys[i]!;
  }
  return { parts, leftValues, order, ranges, sortedKeys, blockSize };
}

function samePartValues(
  a: Uint32Array,
  ai: number,
  b: Uint32Array,
  bi: number,
  n: number,
): boolean {
  for (let p = 0; p < n; p++) if (a[ai + p] !== b[bi + p]) return false;
  return true;
}

class PairBuffer {
  left = new Uint32Array(1024);
  right = new Uint32Array(1024);
  rule = new Uint8Array(1024);
  length = 0;

  push(i: number, j: number, rule: number): void {
    if (this.length === this.left.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.left = grow(this.left, (n) => new Uint32Array(n));
      this.right = grow(this.right, (n) => new Uint32Array(n));
      this.rule = grow(this.rule, (n) => new Uint8Array(n));
    }
    this.left[this.length] = i;
    this.right[this.length] = j;
    this.rule[this.length++] = rule;
  }
}

/**
 * Candidate pairs of `left` × `right` under `rules` (at most 255), in `partition`; `values`
 * are the records' key parts if already read (blockingValues). Refused, before any pair is
 * made, when blocking could make more than `maxPairs` (an EngineError naming the largest block).
 */
export function candidatePairs(
  reader: KeyReader,
  rules: readonly BlockingRule[],
  left: LinkRecords,
  right: LinkRecords,
  partition: Partition = WHOLE,
  values: BlockingValues = blockingValues(reader, rules, left, right),
  maxPairs: number = DEFAULT_MAX_CANDIDATE_PAIRS,
): CandidatePairs {
  if (rules.length > 255) throw new RangeError('at most 255 blocking rules');
  const indexes = rules.map((rule, r) => indexRule(rule, left, values.left[r]!, partition));
  const rightValues = values.right;
  refuseTooManyPairs(reader, rules, left, right, indexes, rightValues, partition, maxPairs);
  const buffer = new PairBuffer();
  const byRule = rules.map((rule) => ({ rule: rule.name, pairs: 0 }));
  for (let j = 0; j < right.size; j++) {
    for (let r = 0; r < indexes.length; r++) {
      const index = indexes[r]!;
      const n = index.parts.length;
      const values = rightValues[r]!;
      const key = keyIn(values, j * n, n, partition);
      if (key === 0) continue;
      const start = index.ranges.get(key);
      if (start < 0) continue;
      for (let k = start; k < index.sortedKeys.length && index.sortedKeys[k] === key; k++) {
        const i = index.order[k]!;
        if (!samePartValues(index.leftValues, i * n, values, j * n, n)) continue;
        if (foundByEarlierRule(indexes, rightValues, r, i, j)) continue;
        buffer.push(i, j, r);
        byRule[r]!.pairs++;
      }
    }
  }
  const total = left.size * right.size;
  return {
    left: buffer.left.slice(0, buffer.length),
    right: buffer.right.slice(0, buffer.length),
    rule: buffer.rule.slice(0, buffer.length),
    byRule,
    reductionRatio: total > 0 ? 1 - buffer.length / total : 1,
  };
}

/**
 * Refuses, with the EngineError candidatePairs would give, a join of the whole sets that could
 * make more than `maxPairs` pairs: for callers that split the join into partitions (threads),
 * each of which is under the limit alone.
 */
export function checkCandidatePairs(
  reader: KeyReader,
  rules: readonly BlockingRule[],
  left: LinkRecords,
  right: LinkRecords,
  values: BlockingValues,
  maxPairs: number = DEFAULT_MAX_CANDIDATE_PAIRS,
): void {
  if (left !== right && left.size * right.size <= maxPairs) return;
  const indexes = rules.map((rule, r) => indexRule(rule, left, values.left[r]!, WHOLE));
  refuseTooManyPairs(reader, rules, left, right, indexes, values.right, WHOLE, maxPairs);
}

function refuseTooManyPairs(
  reader: KeyReader,
  rules: readonly BlockingRule[],
  left: LinkRecords,
  right: LinkRecords,
  indexes: readonly RuleIndex[],
  rightValues: readonly Uint32Array[],
  partition: Partition,
  maxPairs: number,
): void {
  // A file linked with itself (deduplication) finds each pair of distinct records twice and
  // each record with itself: counted as the pairs of distinct records it reports.
  const self = left === right;
  const distinct = (ordered: number) => (self ? Math.max(0, (ordered - left.size) / 2) : ordered);
  if (distinct(left.size * right.size) <= maxPairs) return;
  const bound = pairBound(indexes, rightValues, right.size, partition);
  const pairs = distinct(bound.pairs);
  if (pairs <= maxPairs) return;
  const rule = rules[bound.rule]!;
  const block = rule.on.map((part) => reader.describe(part, left, bound.leftRecord));
  throw engineError(
    'tooManyCandidatePairs',
    pairs,
    maxPairs,
    rules.length,
    rule.name,
    block.join(', '),
    bound.left,
    self ? null : bound.right,
  );
}

/** What blocking could make at most, and its largest block. */
interface PairBound {
  /** Pairs summed over rules: pairs found by two rules are counted twice. */
  pairs: number;
  /** The largest block: its rule, a record of it in the first set, its sizes on each side. */
  rule: number;
  leftRecord: number;
  left: number;
  right: number;
}

/** Counts, without making them, the pairs each rule's blocks hold (one lookup per record). */
function pairBound(
  indexes: readonly RuleIndex[],
  rightValues: readonly Uint32Array[],
  rightSize: number,
  partition: Partition,
): PairBound {
  const bound: PairBound = { pairs: 0, rule: 0, leftRecord: 0, left: 0, right: 0 };
  let largest = -1;
  for (let r = 0; r < indexes.length; r++) {
    const index = indexes[r]!;
    const n = index.parts.length;
    const values = rightValues[r]!;
    const hits = new Uint32Array(index.order.length);
    for (let j = 0; j < rightSize; j++) {
      const key = keyIn(values, j * n, n, partition);
      if (key === 0) continue;
      const start = index.ranges.get(key);
      if (start < 0) continue;
      hits[start]!++;
      bound.pairs += index.blockSize[start]!;
    }
    for (let start = 0; start < hits.length; start++) {
      const pairs = hits[start]! * index.blockSize[start]!;
      if (pairs <= largest) continue;
      largest = pairs;
      bound.rule = r;
      bound.leftRecord = index.order[start]!;
      bound.left = index.blockSize[start]!;
      bound.right = hits[start]!;
    }
  }
  return bound;
}

function foundByEarlierRule(
  indexes: RuleIndex[],
  rightValues: Uint32Array[],
  r: number,
  i: number,
  j: number,
): boolean {
  for (let q = 0; q < r; q++) {
    const n = indexes[q]!.parts.length;
    const lv = indexes[q]!.leftValues;
    const rv = rightValues[q]!;
    let all = true;
    for (let p = 0; p < n; p++) {
      const v = lv[i * n + p]!;
      if (v === 0 || v !== rv[j * n + p]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
