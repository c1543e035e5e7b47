/**
 * A worker thread that links one partition of two files (linkPool.ts): it reads the shared
 * records and names, builds its own romanisation families from the communities, and sends its
 * part back with its buffers transferred.
 */
import { parentPort } from 'node:worker_threads';
import { RomanisationFamilies } from '../matching/comparison/names/romanisationFamilies';
import { linkPart } from '../matching/linking/linkPartition';
import { frequencyReader, nameReader } from '../matching/linking/NameTable';
import { decisionFromClone, type FromLinkWorker, type LinkWorkerJob } from './linkWorkerProtocol';

if (!parentPort) throw new Error('linkWorker must run in a worker thread');
const port = parentPort;

port.once('message', (job: LinkWorkerJob) => {
  try {
    link(job);
  } catch (error) {
    port.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromLinkWorker);
  }
});

function link(job: LinkWorkerJob): void {
  const part = linkPart(
    job.left,
    job.right,
    nameReader(job.names),
    new RomanisationFamilies(job.communities),
    {
      comparison: job.comparison,
      decision: decisionFromClone(job.decision),
      blocking: job.blocking,
      frequencies: frequencyReader(job.names),
      maxCandidatePairs: job.maxCandidatePairs,
    },
    { part: job.part, parts: job.parts },
    job.values,
  );
  const d = part.declared;
  const transfer = [d.left, d.right, d.score, d.rule, part.namePairs.given, part.namePairs.surname];
  if (part.histogram) transfer.push(part.histogram.trueMatches, part.histogram.nonMatches);
  port.postMessage(
    { type: 'part', part } satisfies FromLinkWorker,
    transfer.map((a) => a.buffer as ArrayBuffer),
  );
}
