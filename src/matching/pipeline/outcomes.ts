/**
 * What became of each request that reached the IRS match, in one replicate: which path matched
 * it and with what score, whether the record is the person ICE asked about, which list record
 * ICE linked the disclosure back to, whether that made an "updated address", and whose door it
 * is. Kept for every candidate a threshold panel may declare, not only those declared at the
 * scenario's settings, so counts at any threshold are sums over these outcomes.
 */
import { pickLinkRecords } from '../linking/LinkRecords';
import type { PopulationModel } from '../population/model';
import { shardCount } from '../population/population';
import { doorOf, isUpdatedAddress, type Door } from './doors';
import { crossReferenceLinks } from './crossReferenceTask';
import type { ShardExecutor } from './executor';
import { romanisationFamilies } from './families';
import { MatchPath } from './irsMatch';
import type { MergedShards } from './mergeShards';
import { NameJudge } from './nameRule';
import type { ReplayConfig } from './replayConfig';
import type { RequestList } from './requestList';

export interface Outcome {
  /** The requesting list candidate and the IRS record matched for it. */
  candidate: number;
  disclosure: number;
  path: number;
  irsScore: number;
  /** Declared by the IRS at the scenario's settings. */
  declared: boolean;
  /** The IRS record is the person ICE asked about. */
  right: boolean;
  /** The list candidate ICE linked the disclosure to (−1: none) and the link's score. */
  linked: number;
  linkScore: number;
  /** That candidate is the IRS record's person. */
  linkedRight: boolean;
  updated: boolean;
  door: Door | null;
}

export interface ReplicateOutcomes {
  list: RequestList;
  outcomes: Outcome[];
  /** Sampled records that passed the screen. */
  screened: number;
  irsJudge: NameJudge;
  iceJudge: NameJudge;
}

export async function replicateOutcomes(
  model: PopulationModel,
  merged: MergedShards,
  list: RequestList,
  replay: ReplayConfig,
  executor: ShardExecutor,
): Promise<ReplicateOutcomes> {
  const { candidates, matches, disclosures } = merged;
  const nameOf = (id: number) => model.dictionary.name(id);
  const families = romanisationFamilies(model.datasets);
  const irsJudge = new NameJudge(replay.namePath.name, nameOf, families, 'replay.namePath.name');
  const iceJudge = new NameJudge(
    replay.crossReference.name,
    nameOf,
    families,
    'replay.crossReference.name',
  );
  // The sampled requests that passed the screen and got a record back from the IRS.
  const requests: number[] = [];
  let screened = 0;
  for (let p = 0; p < list.sampled; p++) {
    const c = list.members[p]!;
    if (candidates.recentOrder[c]) continue;
    screened++;
    if (matches.irs[c]! >= 0) requests.push(c);
  }
  const links = await crossReferenceLinks(
    executor,
    nameOf,
    pickLinkRecords(candidates.link, list.members),
    disclosures.link,
    Uint32Array.from(requests, (c) => matches.irs[c]!),
    Uint32Array.from(requests, (c) => candidates.records.person[c]!),
    replay,
    model.config.seed,
    // No more threads than pass 1 had shards (a one-shard run stays on its one thread).
    { maxParts: shardCount(model.config.size) },
  );
  const outcomes: Outcome[] = requests.map((c, q) => {
    const d = matches.irs[c]!;
    const path = matches.path[c]!;
    const irsScore = matches.score[c]!;
    const declared = path === MatchPath.tin || irsScore <= irsJudge.threshold;
    const person = candidates.records.person[c]!;
    const irsPerson = disclosures.records.person[d]!;
    const position = links.positions[q]!;
    const linked = position >= 0 ? list.members[position]! : -1;
    const outcome: Outcome = {
      candidate: c,
      disclosure: d,
      path,
      irsScore,
      declared,
      right: person === irsPerson,
      linked,
      linkScore: links.scores[q]!,
      linkedRight: linked >= 0 && candidates.records.person[linked] === irsPerson,
      updated: false,
      door: null,
    };
    if (linked >= 0 && isUpdatedAddress(candidates, linked, disclosures, d)) {
      outcome.updated = true;
      outcome.door = doorOf(candidates, linked, disclosures, d);
    }
    return outcome;
  });
  return { list, outcomes, screened, irsJudge, iceJudge };
}

/** Linked at the scenario's cross-reference threshold. */
export function isLinked(o: Outcome, iceThreshold: number): boolean {
  return o.linked >= 0 && o.linkScore <= iceThreshold + 1e-12;
}
