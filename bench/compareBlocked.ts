/**
 * The engine's side of the DuckDB comparison: candidate pairs of two record sets blocked on
 * surname + birth year, each compared with two Jaro–Winkler scores (given name, surname).
 * Records in blocks the other side lacks are dropped first (blocking/BlockSet), then blocks
 * are joined block by block (comparison/blockJoin): both sets sorted by block, a
 * given-name score remembered for pairs of common names (and computed from letter masks made
 * once per name), the surname score once per block (the block fixes it). Runs in a
 * worker thread on one partition of the blocks; the columns arrive in shared memory, so
 * nothing is copied. Returns counts, a checksum and the time taken.
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

/**
 * One side's records in the partition, with their block codes (surname, birth year) and
 * given-name codes; their blocks are added to `seen`, and with `onlyIn`, records whose block
 * it lacks are left out.
 */
function blockedRecords(
  r: CompareColumns,
  emptyName: number,
  partition: Partition,
  seen: BlockSet,
  onlyIn: BlockSet | null,
): BlockedRecords {
  const n = r.given.length;
  // Room for this partition's share and a margin; grown if a partition is unusually large.
  let room = Math.min(n, Math.ceil((n / partition.parts) * 1.1) + 1024);
  let block: Uint32Array = new Uint32Array(room);
  let name: Uint32Array = new Uint32Array(room);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const surname = r.surname[i]!;
    const dob = r.dob[i]!;
    if (dob === 0 || surname === emptyName) continue;
    const year = yearOf(dob) - FIRST_YEAR;
    if (year < 0 || year > 255 || surname >= 1 << 24) throw new RangeError('block code overflow');
    const code = surname * 256 + year + 1;
    if (partitionOf(code, partition.parts) !== partition.part) continue;
    if (onlyIn !== null && !onlyIn.has(code)) continue;
    seen.add(code);
    if (k === room) {
      room = Math.min(n, room * 2);
      block = grown(block, room);
      name = grown(name, room);
    }
    block[k] = code;
    name[k++] = r.given[i]!;
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

function grown(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
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
  const leftAll = blockedRecords(job.left, emptyName, job.partition, leftBlocks, null);
  const rightRecords = blockedRecords(job.right, emptyName, job.partition, rightBlocks, leftBlocks);
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
