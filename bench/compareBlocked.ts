/**
 * The engine's side of the DuckDB comparison: candidate pairs of two record sets blocked on
 * surname + birth year (the engine's hash join), each compared with two Jaro–Winkler scores
 * (given name, surname) computed once per distinct pair of names. Runs in a worker thread on
 * one slice of the second set; returns counts, a checksum and the time taken.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { candidatePairs } from '../src/matching/blocking/candidatePairs';
import { KeyReader } from '../src/matching/blocking/keyParts';
import { NameCodes } from '../src/matching/comparison/names/NameCodes';
import { RecentPairCache } from '../src/matching/comparison/names/RecentPairCache';
import { RomanisationFamilies } from '../src/matching/comparison/names/romanisationFamilies';
import type { LinkRecords } from '../src/matching/linking/LinkRecords';

export interface CompareJob {
  names: string[];
  left: LinkRecords;
  right: LinkRecords;
}

export interface CompareResult {
  pairs: number;
  checksum: number;
  /** Jaro–Winkler scores computed (cache misses). */
  scoresComputed: number;
  seconds: number;
  /** Of which: finding the candidate pairs. */
  blockingSeconds: number;
}

export function compareBlocked(job: CompareJob): CompareResult {
  const started = performance.now();
  const nameOf = (id: number) => job.names[id] ?? '';
  const families = new RomanisationFamilies({ version: 1, communities: [] });
  const reader = new KeyReader(nameOf, families);
  const { left, right } = candidatePairs(
    reader,
    [{ name: 'surname + birth year', on: ['surname', 'birthYear'] }],
    job.left,
    job.right,
  );
  const blockedAt = performance.now();
  const codes = new NameCodes(job.names);
  const cache = new RecentPairCache();
  const jaroWinkler = (a: number, b: number) => codes.jaroWinkler(a, b);
  const score = (a: number, b: number): number => (a === b ? 1 : cache.score(a, b, jaroWinkler));
  let checksum = 0;
  for (let k = 0; k < left.length; k++) {
    const i = left[k]!;
    const j = right[k]!;
    checksum +=
      score(job.left.given[i]!, job.right.given[j]!) +
      score(job.left.surname[i]!, job.right.surname[j]!);
  }
  return {
    pairs: left.length,
    checksum,
    scoresComputed: cache.misses,
    seconds: (performance.now() - started) / 1000,
    blockingSeconds: (blockedAt - started) / 1000,
  };
}

if (parentPort && workerData) parentPort.postMessage(compareBlocked(workerData as CompareJob));
