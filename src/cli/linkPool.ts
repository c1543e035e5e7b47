/**
 * Links two files on every core: one worker thread per partition of the blocking keys
 * (matching/linking/linkPartition.ts), the records and names shared with the workers through
 * SharedArrayBuffers (nothing is cloned per name or record), the parts merged here in the
 * single-thread order. With one thread it links in this thread; the result is identical.
 */
import { Worker } from 'node:worker_threads';
import { blockingValues, checkCandidatePairs } from '../matching/blocking/candidatePairs';
import { KeyReader } from '../matching/blocking/keyParts';
import { comparisonFields } from '../matching/comparison/recordComparison';
import { copyLinkRecords, type LinkRecords } from '../matching/linking/LinkRecords';
import { blockingOf, mergeLinkParts, type LinkPart } from '../matching/linking/linkPartition';
import {
  evaluateLink,
  linkTwoFiles,
  type LinkOptions,
  type LinkResult,
} from '../matching/linking/linkTwoFiles';
import { nameTableOf } from '../matching/linking/NameTable';
import type { FromLinkWorker, LinkWorkerJob } from './linkWorkerProtocol';
import { RomanisationFamilies } from '../matching/comparison/names/romanisationFamilies';
import type { CommunitiesFile } from '../matching/datasets/communitySchema';
import { parseCount } from './options';

/** `--threads`: a count from 1 to 256, or undefined for the default. */
export function threadsOption(value: string | undefined): number | undefined {
  return value !== undefined ? parseCount('--threads', value, 1, 256) : undefined;
}

export interface LinkOnThreadsOptions {
  /**
   * Worker threads. Default: 1 — the records' blocking keys and names are read in this thread
   * before the workers start, and worker start-up costs a few hundred milliseconds, so threads
   * pay only when comparing the candidate pairs dominates (large files, many candidates).
   */
  threads?: number;
}

/**
 * A worker running linkWorker: the built sibling .mjs, or from source the .ts under tsx. It
 * waits for its job, so it can load while this thread prepares the shared columns.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./linkWorker.mjs', import.meta.url));
  const source = new URL('./linkWorker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

/** The part a started worker sends back for `job`. */
function runJob(worker: Worker, job: LinkWorkerJob): Promise<LinkPart> {
  return new Promise<LinkPart>((resolve, reject) => {
    worker.once('message', (message: FromLinkWorker) => {
      if (message.type === 'part') resolve(message.part);
      else reject(new Error(message.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

/**
 * linkTwoFiles on `threads` threads, with the romanisation families of `communities`. Pass
 * the same set twice (a === b) to share it once.
 */
export async function linkOnThreads(
  a: LinkRecords,
  b: LinkRecords,
  nameOf: (id: number) => string,
  communities: CommunitiesFile,
  options: LinkOptions,
  pool: LinkOnThreadsOptions = {},
): Promise<LinkResult> {
  const threads = Math.max(1, pool.threads ?? 1);
  if (threads === 1)
    return linkTwoFiles(a, b, nameOf, new RomanisationFamilies(communities), options);
  const share = (n: number) => new SharedArrayBuffer(n);
  const families = new RomanisationFamilies(communities);
  const rules = blockingOf(options, comparisonFields(options.comparison));
  const reader = new KeyReader(nameOf, families);
  const values = blockingValues(reader, rules, a, b, share);
  // Each partition is under the limit alone: the whole join is checked here, before any worker.
  checkCandidatePairs(reader, rules, a, b, values, options.maxCandidatePairs);
  const workers = Array.from({ length: threads }, startWorker);
  const common = {
    values,
    communities,
    left: copyLinkRecords(a, share),
    right: a === b ? undefined : copyLinkRecords(b, share),
    names: nameTableOf(a === b ? [a] : [a, b], nameOf, options.frequencies, share),
    comparison: options.comparison,
    decision: options.decision,
    blocking: rules,
    maxCandidatePairs: options.maxCandidatePairs,
  };
  const parts = await Promise.all(
    workers.map((worker, part) =>
      runJob(worker, { ...common, right: common.right ?? common.left, part, parts: threads }),
    ),
  );
  return evaluateLink(a, b, options, mergeLinkParts(options, parts));
}
