/**
 * One replicate's counts at the scenario's settings, measured on the sampled list and scaled
 * to the full list (× factor): the funnel with its right/wrong split, the doors, the people
 * behind wrong doors by legal status, and the breakdowns by community and kind of home.
 */
import { COMMUNITY_IDS, type CommunityId } from '../datasets/communitySchema';
import { AddressQuality } from '../linking/LinkRecords';
import { communityOf, statusOf } from '../population/attributes';
import { LEGAL_STATUSES, type LegalStatus } from '../population/config';
import { BUILDING_KINDS } from '../population/PopulationShard';
import { MatchPath } from './irsMatch';
import type { MergedShards } from './mergeShards';
import { isLinked, type ReplicateOutcomes } from './outcomes';
import { DOOR_KINDS, FUNNEL_STEPS, type DoorKind, type FunnelStepId } from './ReplayResult';

export interface Split {
  count: number;
  right: number;
  wrong: number;
}

export interface BreakdownCounts {
  listed: number;
  disclosed: number;
  wrongDisclosed: number;
  updated: number;
  wrongDoors: number;
  peopleBehindWrongDoors: number;
}

/** Kinds of home a listed person lives in (their current home; PO boxes are mail only). */
export const HOME_KINDS = ['house', 'apartment'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];

export interface ReplicateCounts {
  people: number;
  taxFilers: number;
  listSampled: number;
  listFull: number;
  factor: number;
  funnel: Record<FunnelStepId, Split>;
  peopleBehindWrongDoors: number;
  peopleBehindWrongDoorsByStatus: Record<LegalStatus, number>;
  doors: Record<DoorKind, number>;
  /** Disclosures whose list address was "Unknown Address"-type garbage (only a ZIP readable). */
  garbageDisclosed: number;
  byCommunity: Record<CommunityId, BreakdownCounts>;
  byHomeKind: Record<HomeKind, BreakdownCounts>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptyRow = (): BreakdownCounts => ({
  listed: 0,
  disclosed: 0,
  wrongDisclosed: 0,
  updated: 0,
  wrongDoors: 0,
  peopleBehindWrongDoors: 0,
});

export function tally(merged: MergedShards, r: ReplicateOutcomes): ReplicateCounts {
  const { candidates, disclosures } = merged;
  const { list, outcomes } = r;
  const factor = list.sampled > 0 ? list.full / list.sampled : 0;
  const funnel = Object.fromEntries(
    FUNNEL_STEPS.map((s) => [s, { count: 0, right: 0, wrong: 0 }]),
  ) as Record<FunnelStepId, Split>;
  const add = (step: FunnelStepId, right: boolean) => {
    funnel[step].count++;
    if (right) funnel[step].right++;
    else funnel[step].wrong++;
  };
  const byStatus = zeros(LEGAL_STATUSES);
  const doors = zeros(DOOR_KINDS);
  const byCommunity = Object.fromEntries(COMMUNITY_IDS.map((id) => [id, emptyRow()])) as Record<
    CommunityId,
    BreakdownCounts
  >;
  const byHomeKind = Object.fromEntries(HOME_KINDS.map((k) => [k, emptyRow()])) as Record<
    HomeKind,
    BreakdownCounts
  >;
  /** The rows of community index `community` and building kind index `homeKind`. */
  const rowsAt = (community: number, homeKind: number) => {
    const row = byCommunity[COMMUNITY_IDS[community]!];
    const kind = BUILDING_KINDS[homeKind];
    const home = kind === 'house' || kind === 'apartment' ? byHomeKind[kind] : null;
    return home ? [row, home] : [row];
  };
  const rowsOf = (c: number) => rowsAt(communityOf(candidates.attrs[c]!), candidates.homeKind[c]!);
  // The list's million records counted by (community, kind of home) in a typed array first,
  // then added to the rows: a row look-up per record was most of the tally's time.
  const KINDS = BUILDING_KINDS.length;
  const listedBy = new Uint32Array(COMMUNITY_IDS.length * KINDS);
  let screened = 0;
  for (let p = 0; p < list.sampled; p++) {
    const c = list.members[p]!;
    listedBy[communityOf(candidates.attrs[c]!) * KINDS + candidates.homeKind[c]!]!++;
    if (!candidates.recentOrder[c]) screened++;
  }
  funnel.requested.count = funnel.requested.right = list.sampled;
  funnel.screened.count = funnel.screened.right = screened;
  listedBy.forEach((n, at) => {
    if (n > 0) for (const row of rowsAt(Math.floor(at / KINDS), at % KINDS)) row.listed += n;
  });
  let people = 0;
  let garbage = 0;
  const iceThreshold = r.iceJudge.threshold;
  for (const o of outcomes) {
    if (!o.declared) continue;
    add(o.path === MatchPath.tin ? 'tinPath' : 'namePath', o.right);
    add('disclosed', o.right);
    const rows = rowsOf(o.candidate);
    for (const row of rows) {
      row.disclosed++;
      if (!o.right) row.wrongDisclosed++;
    }
    if (candidates.link.addressQuality[o.candidate] === AddressQuality.zipOnly) garbage++;
    if (!o.updated || !isLinked(o, iceThreshold) || !o.door) continue;
    add('updated', o.door.kind === 'currentHome');
    doors[o.door.kind]++;
    for (const row of rows) row.updated++;
    if (!o.door.wrong) continue;
    add('wrongDoor', false);
    const { from, to } = o.door.residents;
    people += to - from;
    for (let k = from; k < to; k++)
      byStatus[LEGAL_STATUSES[statusOf(disclosures.residentAttrs[k]!)]!]++;
    for (const row of rows) {
      row.wrongDoors++;
      row.peopleBehindWrongDoors += to - from;
    }
  }
  const scale = (x: number) => x * factor;
  const scaleSplit = (s: Split): Split => ({
    count: scale(s.count),
    right: scale(s.right),
    wrong: scale(s.wrong),
  });
  const scaleRow = (row: BreakdownCounts): BreakdownCounts =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, scale(v)]),
    ) as unknown as BreakdownCounts;
  const scaleRecord = <K extends string>(rec: Record<K, number>): Record<K, number> =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, scale(v as number)])) as Record<
      K,
      number
    >;
  return {
    people: merged.people,
    taxFilers: merged.taxFilers,
    listSampled: list.sampled,
    listFull: list.full,
    factor,
    funnel: Object.fromEntries(FUNNEL_STEPS.map((s) => [s, scaleSplit(funnel[s])])) as Record<
      FunnelStepId,
      Split
    >,
    peopleBehindWrongDoors: scale(people),
    peopleBehindWrongDoorsByStatus: scaleRecord(byStatus),
    doors: scaleRecord(doors),
    garbageDisclosed: scale(garbage),
    byCommunity: Object.fromEntries(
      COMMUNITY_IDS.map((id) => [id, scaleRow(byCommunity[id])]),
    ) as Record<CommunityId, BreakdownCounts>,
    byHomeKind: Object.fromEntries(HOME_KINDS.map((k) => [k, scaleRow(byHomeKind[k])])) as Record<
      HomeKind,
      BreakdownCounts
    >,
  };
}
