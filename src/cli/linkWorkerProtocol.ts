/**
 * Messages between linkPool and its link workers. Large columns travel in SharedArrayBuffers
 * (shared, not copied); a part comes back with its buffers transferred.
 */
import type { BlockingValues } from '../matching/blocking/candidatePairs';
import type { CommunitiesFile } from '../matching/datasets/communitySchema';
import { FellegiSunterModel } from '../matching/decision/FellegiSunterModel';
import type { LinkRecords } from '../matching/linking/LinkRecords';
import type { LinkPart, LinkPartOptions } from '../matching/linking/linkPartition';
import type { Decision } from '../matching/linking/linkTwoFiles';
import type { NameTable } from '../matching/linking/NameTable';

/** What a link worker receives: everything but functions, in shared memory where large. */
export interface LinkWorkerJob {
  /** The romanisation families' source (datasets/communities.json, parsed). */
  communities: CommunitiesFile;
  left: LinkRecords;
  right: LinkRecords;
  names: NameTable;
  comparison: LinkPartOptions['comparison'];
  /** A Fellegi–Sunter model travels as its parameters and is rebuilt in the worker. */
  decision: Decision;
  blocking: LinkPartOptions['blocking'];
  maxCandidatePairs: LinkPartOptions['maxCandidatePairs'];
  /** The records' blocking key parts, read once here for every partition. */
  values: BlockingValues;
  part: number;
  parts: number;
}

export type FromLinkWorker = { type: 'part'; part: LinkPart } | { type: 'error'; message: string };

/** Rebuilds what structured cloning flattened (a model's class). */
export function decisionFromClone(decision: Decision): Decision {
  return decision.kind === 'fellegiSunter'
    ? { kind: 'fellegiSunter', model: new FellegiSunterModel(decision.model) }
    : decision;
}
