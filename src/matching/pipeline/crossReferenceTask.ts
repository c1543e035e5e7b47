/**
 * ICE's cross-reference (iceCrossReference.ts) on every thread of the executor. The collecting
 * thread has the whole list and every disclosure after the merge; it hands both to each thread
 * with the names they use (as one small table of strings, since the threads' dictionaries do
 * not hold the names the merge added), and thread k links every `parts`-th disclosure from
 * the k-th (and a small one on one thread, MIN_QUERIES_PER_PART). A link depends only on the disclosure and the list, never on which disclosures were
 * linked before it (a block is indexed the same whenever it is first searched), so the links are
 * the same as one thread's, however many threads there are.
 */
import type { LinkRecords } from '../linking/LinkRecords';
import type { ShardExecutor, TaskEnv } from './executor';
import { IceCrossReference } from './iceCrossReference';
import { NameJudge } from './nameRule';
import { romanisationFamilies } from './families';
import type { ReplayConfig } from './replayConfig';

export interface CrossReferenceInput {
  /** Name id k of `list` and `disclosures` is `names[k]`; 0 (missing) is ''. */
  names: string[];
  list: LinkRecords;
  disclosures: LinkRecords;
  /** Disclosures to link (indices of `disclosures`), and the seed of each one's tie-break. */
  queries: Uint32Array;
  tieKeys: Uint32Array;
  /** Threads sharing the work: part k links queries k, k + parts, k + 2·parts, … */
  parts: number;
  crossReference: ReplayConfig['crossReference'];
  seed: number;
}

export interface CrossReferenceLinks {
  /** Per query: position in the list of the linked record (−1: none), and the link's score. */
  positions: Int32Array;
  scores: Float64Array;
}

/** Shard task: the links of part k's queries, in their order. */
export function crossReferencePart(
  env: TaskEnv,
  input: CrossReferenceInput,
  k: number,
): CrossReferenceLinks {
  const { names, parts, queries } = input;
  const nameOf = (id: number) => names[id]!;
  const families = romanisationFamilies(env.datasets);
  const judge = new NameJudge(
    input.crossReference.name,
    nameOf,
    families,
    'replay.crossReference.name',
  );
  const crossReference = new IceCrossReference(
    input.list,
    nameOf,
    families,
    judge,
    input.crossReference.useDob,
    input.seed,
  );
  const count = k < queries.length ? Math.ceil((queries.length - k) / parts) : 0;
  const positions = new Int32Array(count);
  const scores = new Float64Array(count);
  for (let q = k, at = 0; q < queries.length; q += parts, at++) {
    const link = crossReference.link(input.disclosures, queries[q]!, input.tieKeys[q]!);
    positions[at] = link.position;
    scores[at] = link.score;
  }
  return { positions, scores };
}

/** How crossReferenceLinks may split its queries over the executor's threads. */
export interface CrossReferenceSplit {
  /** Fewest queries a part (default MIN_QUERIES_PER_PART; at least 1). */
  minQueriesPerPart?: number;
  /**
   * Most parts (default: the executor's threads). A replay gives its shard count: a run on
   * fewer threads than cores (one shard, one thread) stays on them.
   */
  maxParts?: number;
}

/**
 * The cross-reference's link of each query (disclosure indices of `disclosures`, with the
 * seeds of their tie-breaks) against `list`, both holding ids of one name space (`nameOf`),
 * split over the executor's threads as `split` allows; `seed` is the replicate's. Not stopped by a cancel: the
 * replicate's pass 1 is done by then, and the links take seconds.
 */
export async function crossReferenceLinks(
  executor: ShardExecutor,
  nameOf: (id: number) => string,
  list: LinkRecords,
  disclosures: LinkRecords,
  queries: Uint32Array,
  tieKeys: Uint32Array,
  replay: ReplayConfig,
  seed: number,
  split: CrossReferenceSplit = {},
): Promise<CrossReferenceLinks> {
  const table = new NameTable(nameOf);
  const perPart = Math.max(1, split.minQueriesPerPart ?? MIN_QUERIES_PER_PART);
  const parts = Math.max(
    1,
    Math.min(
      executor.threads,
      split.maxParts ?? executor.threads,
      Math.ceil(queries.length / perPart),
    ),
  );
  const input: CrossReferenceInput = {
    list: table.rekeyed(list),
    disclosures: table.rekeyed(disclosures),
    names: table.names,
    queries,
    tieKeys,
    parts,
    crossReference: replay.crossReference,
    seed,
  };
  const run = await executor.run('crossReferencePart', input, parts);
  const positions = new Int32Array(queries.length);
  const scores = new Float64Array(queries.length);
  for (let k = 0; k < parts; k++) {
    const part = run.outputs[k];
    if (!part) throw new Error(`cross-reference part ${k} of ${parts} did not run`);
    for (let at = 0, q = k; at < part.positions.length; at++, q += parts) {
      positions[q] = part.positions[at]!;
      scores[q] = part.scores[at]!;
    }
  }
  return { positions, scores };
}

/**
 * Queries below which a part is not worth a thread: a part of this many links takes a tenth of
 * a second or so, and a command-line thread not yet started costs about a second to start (it
 * reads the datasets), so a region's few hundred links run on one thread. The links are the
 * same however they are split.
 */
export const MIN_QUERIES_PER_PART = 1000;

/**
 * Ids below this are renumbered through a typed array, the rest (the tail model's spelled
 * surnames, numbered from 2^30) through a map: a list's millions of look-ups stay cheap.
 */
const DENSE_IDS = 1 << 22;

/** The names a few record sets use, renumbered 1, 2, … in order of first use (0 stays ''). */
class NameTable {
  readonly names: string[] = [''];
  /** Local id + 1 of each dense id met so far (0: not yet). */
  private readonly dense = new Uint32Array(DENSE_IDS);
  private readonly sparse = new Map<number, number>();

  constructor(private readonly nameOf: (id: number) => string) {
    this.dense[0] = 1;
  }

  /** `records` with their name ids renumbered into this table (other columns shared). */
  rekeyed(records: LinkRecords): LinkRecords {
    return { ...records, given: this.rekey(records.given), surname: this.rekey(records.surname) };
  }

  private rekey(column: Uint32Array): Uint32Array {
    const out = new Uint32Array(column.length);
    for (let i = 0; i < column.length; i++) {
      const id = column[i]!;
      if (id < DENSE_IDS) {
        let local = this.dense[id]! - 1;
        if (local < 0) this.dense[id] = (local = this.add(id)) + 1;
        out[i] = local;
      } else {
        let local = this.sparse.get(id);
        if (local === undefined) this.sparse.set(id, (local = this.add(id)));
        out[i] = local;
      }
    }
    return out;
  }

  private add(id: number): number {
    return this.names.push(this.nameOf(id)) - 1;
  }
}
