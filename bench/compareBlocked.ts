/**
 * The engine's side of the DuckDB comparison: candidate pairs of two record sets blocked on
 * surname + birth year, each compared with two Jaro–Winkler scores (given name, surname).
 * Records in blocks the other side lacks are dropped first (blocking/BlockSet), then blocks
 * are joined block by block (comparison/blockJoin): both sets sorted by block, a
 * given-name score remembered for pairs of common names (and computed from letter masks made
 * once per name), the surname score once per block (the block fixes it). Runs in a
 * worker thread on one partition of the blocks: the columns arrive in shared memory (not
 * copied); the thread scans its slice of them, files each record's block and name by
 * partition in the shared exchange, and gathers its partition's from every thread's boxes.
 * Returns counts, a checksum and the time taken.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BlockSet } from '../src/matching/blocking/BlockSet';
import { partitionOf, type Partition } from '../src/matching/blocking/partition';
import { sortBlocks, type BlockedRecords } from '../src/matching/blocking/SortedBlocks';
import { joinBlocks } from '../src/matching/comparison/blockJoin';
import {
  FrequentPairScores,
  countNames,
  rankNames,
} from '../src/matching/comparison/names/FrequentNamePairs';
import { NameCodes, type NameCodeColumns } from '../src/matching/comparison/names/NameCodes';
import { NameMasks } from '../src/matching/comparison/names/NameMasks';
import { yearOf } from '../src/matching/population/calendar';

/** The columns blocking and comparison read (name codes index `CompareJob.names`). */
export interface CompareColumns {
  given: Uint32Array;
  surname: Uint32Array;
  dob: Uint16Array;
}

export interface CompareJob {
  names: NameCodeColumns;
  left: CompareColumns;
  right: CompareColumns;
  partition: Partition;
  /** Shared memory through which the threads hand each other the records they scanned. */
  exchange: Exchange;
}

/**
 * The records' hand-over between threads: thread w scans the w-th slice of each side and
 * files each record under the partition of its block (box[w][p]); once every thread has
 * arrived, thread p reads box[0…parts)[p]. So each record is scanned once, not once per thread.
 */
export interface Exchange {
  /** [threads arrived, then counts: (w · parts + p) · 2 + side]. */
  control: Int32Array;
  /** Per (w, p, side): block codes and given names, room for a whole slice. */
  blocks: Uint32Array[];
  names: Uint32Array[];
}

/**
 * Empty boxes for `parts` threads over sides of `leftSize` and `rightSize` records. Each box
 * has room for a whole slice (a slice's records may all fall in one partition), so the boxes
 * take parts × (leftSize + rightSize) × 8 bytes: 35 MB for the benchmark's files on 2 threads.
 */
export function makeExchange(parts: number, leftSize: number, rightSize: number): Exchange {
  const blocks: Uint32Array[] = [];
  const names: Uint32Array[] = [];
  for (let w = 0; w < parts; w++)
    for (let p = 0; p < parts; p++)
      for (const size of [leftSize, rightSize]) {
        const room = Math.ceil(size / parts);
        blocks.push(new Uint32Array(new SharedArrayBuffer(room * 4)));
        names.push(new Uint32Array(new SharedArrayBuffer(room * 4)));
      }
  const control = new Int32Array(new SharedArrayBuffer((1 + parts * parts * 2) * 4));
  return { control, blocks, names };
}

export interface CompareResult {
  pairs: number;
  checksum: number;
  /** Jaro–Winkler scores computed (not read back from the table of common pairs). */
  scoresComputed: number;
  seconds: number;
  /** Of which: ranking names, block codes and sorting (the blocking). */
  blockingSeconds: number;
}

const FIRST_YEAR = 1800;
/** Given names whose pairs' scores are remembered (the commonest in the partition). */
const TABLE_NAMES = 1024;

/** The surname of a block code (surname × 256 + year + 1). */
function surnameOf(block: number): number {
  return (block - 1) >>> 8;
}

/** Slice `w` of one side, filed by partition into the exchange's boxes (side 0 left, 1 right). */
function fileSlice(
  r: CompareColumns,
  side: number,
  emptyName: number,
  partition: Partition,
  exchange: Exchange,
): void {
  const { part: w, parts } = partition;
  const n = r.given.length;
  const from = Math.floor((n * w) / parts);
  const to = Math.floor((n * (w + 1)) / parts);
  const counts = new Int32Array(parts);
  const box = (p: number) => (w * parts + p) * 2 + side;
  const blocks = Array.from({ length: parts }, (_, p) => exchange.blocks[box(p)]!);
  const names = Array.from({ length: parts }, (_, p) => exchange.names[box(p)]!);
  for (let i = from; i < to; i++) {
    const surname = r.surname[i]!;
    const dob = r.dob[i]!;
    if (dob === 0 || surname === emptyName) continue;
    const year = yearOf(dob) - FIRST_YEAR;
    if (year < 0 || year > 255 || surname >= 1 << 24) throw new RangeError('block code overflow');
    const code = surname * 256 + year + 1;
    const p = partitionOf(code, parts);
    const k = counts[p]!++;
    blocks[p]![k] = code;
    names[p]![k] = r.given[i]!;
  }
  for (let p = 0; p < parts; p++) Atomics.store(exchange.control, 1 + box(p), counts[p]!);
}

/** Waits until every thread has filed its slices. */
function arriveAndWait(exchange: Exchange, parts: number): void {
  Atomics.add(exchange.control, 0, 1);
  Atomics.notify(exchange.control, 0);
  for (;;) {
    const arrived = Atomics.load(exchange.control, 0);
    if (arrived >= parts) return;
    Atomics.wait(exchange.control, 0, arrived);
  }
}

/**
 * This partition's records of one side, gathered from every thread's box in slice order (so in
 * record order); their blocks are added to `seen`, and with `onlyIn`, records whose block it
 * lacks are left out.
 */
function gathered(
  side: number,
  partition: Partition,
  exchange: Exchange,
  seen: BlockSet,
  onlyIn: BlockSet | null,
): BlockedRecords {
  const { part: p, parts } = partition;
  let total = 0;
  for (let w = 0; w < parts; w++)
    total += Atomics.load(exchange.control, 1 + (w * parts + p) * 2 + side);
  const block = new Uint32Array(total);
  const name = new Uint32Array(total);
  let k = 0;
  for (let w = 0; w < parts; w++) {
    const at = (w * parts + p) * 2 + side;
    const count = exchange.control[1 + at]!;
    const blocks = exchange.blocks[at]!;
    const names = exchange.names[at]!;
    for (let j = 0; j < count; j++) {
      const code = blocks[j]!;
      if (onlyIn !== null && !onlyIn.has(code)) continue;
      seen.add(code);
      block[k] = code;
      name[k++] = names[j]!;
    }
  }
  return { block: block.subarray(0, k), name: name.subarray(0, k) };
}

/** `records` without those whose block `blocks` lacks (compacted in place). */
function keepBlocks(records: BlockedRecords, blocks: BlockSet): BlockedRecords {
  const { block, name } = records;
  let k = 0;
  for (let i = 0; i < block.length; i++) {
    const code = block[i]!;
    block[k] = code;
    name[k] = name[i]!;
    k += blocks.has(code) ? 1 : 0;
  }
  return { block: block.subarray(0, k), name: name.subarray(0, k) };
}

/** Renumbers name codes in place through `map`. */
function renumber(names: Uint32Array, map: Int32Array): void {
  for (let k = 0; k < names.length; k++) names[k] = map[names[k]!]!;
}

export function compareBlocked(job: CompareJob): CompareResult {
  const started = performance.now();
  const codes = new NameCodes(job.names);
  const emptyName = job.names.length.indexOf(0);
  // Only blocks on both sides make pairs: the right keeps records in blocks the left has,
  // the left then those in blocks the right kept.
  const leftBlocks = BlockSet.forRecords(job.left.given.length / job.partition.parts);
  const rightBlocks = BlockSet.forRecords(job.right.given.length / job.partition.parts);
  try {
    fileSlice(job.left, 0, emptyName, job.partition, job.exchange);
    fileSlice(job.right, 1, emptyName, job.partition, job.exchange);
  } finally {
    // Arrive even when the scan failed, so the other threads are not left waiting.
    if (job.partition.parts > 1) arriveAndWait(job.exchange, job.partition.parts);
  }
  const leftAll = gathered(0, job.partition, job.exchange, leftBlocks, null);
  const rightRecords = gathered(1, job.partition, job.exchange, rightBlocks, leftBlocks);
  const leftRecords = keepBlocks(leftAll, rightBlocks);
  const counts = countNames([leftRecords.name, rightRecords.name], job.names.length.length);
  // Given names by rank in this partition, so common ones share one table of scores.
  const ranks = rankNames(counts);
  renumber(leftRecords.name, ranks.rankOf);
  renumber(rightRecords.name, ranks.rankOf);
  const left = sortBlocks(leftRecords);
  const right = sortBlocks(rightRecords);
  const blockedAt = performance.now();
  const given = new FrequentPairScores(new NameMasks(codes, job.names, ranks.codeOf), TABLE_NAMES);
  const totals = joinBlocks(left, right, {
    names: (left, leftFrom, leftTo, right, rightFrom, rightTo) =>
      given.blockSum(left, leftFrom, leftTo, right, rightFrom, rightTo),
    block: (code) => codes.jaroWinkler(surnameOf(code), surnameOf(code)),
  });
  return {
    pairs: totals.pairs,
    checksum: totals.nameScoreSum + totals.blockScoreSum,
    scoresComputed: given.computed + totals.blocks,
    seconds: (performance.now() - started) / 1000,
    blockingSeconds: (blockedAt - started) / 1000,
  };
}

// In a worker: say ready once loaded, then compare on request (so start-up is timed apart).
if (parentPort && workerData) {
  const port = parentPort;
  port.on('message', () => {
    port.postMessage(compareBlocked(workerData as CompareJob));
    port.close();
  });
  port.postMessage('ready');
}
