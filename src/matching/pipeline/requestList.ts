/**
 * Stage 1, the request list. In each shard, ICE's record of every person it could list (by
 * default everyone with a final order of removal, adults only) is written with ICE's noise, and
 * the truth behind it is kept: who the person is, their household and their homes now and
 * before. Which of them make the list is decided after every shard is in (selectList): the
 * `list.size` people of lowest rank, a seeded random order, so the list does not depend on
 * how the population was split into shards or threads.
 */
import { sortBlocks } from '../blocking/SortedBlocks';
import type { PopulationModel } from '../population/model';
import { ADDRESS_STRIDE, NO_ADDRESS, type PopulationShard } from '../population/PopulationShard';
import { Noise, type AgencyFile } from '../views/AgencyFile';
import { clearAddress, recordParts, type RecordParts } from './recordParts';
import type { PassOneSettings } from './passOne';
import { drawChance, drawUint32, ReplayStream } from './streams';

export interface ListCandidates extends RecordParts {
  /** Strings of the local name ids of `records` (AgencyFile.localNames), merged later. */
  localNames: readonly string[];
  /** The truth: packed attributes, household, current home and previous home (or NO_ADDRESS). */
  attrs: Uint16Array;
  household: Uint32Array;
  home: Uint32Array;
  previous: Uint32Array;
  /** Building key of the current home (as link records key buildings) and its kind. */
  homeBuilding: Uint32Array;
  homeKind: Uint8Array;
  /** Seeded rank: the list is the lowest ranks, the sample the lowest of the list. */
  rank: Uint32Array;
  /** 1 when the final order is younger than the screen's minimum. */
  recentOrder: Uint8Array;
}

export function listCandidates(
  model: PopulationModel,
  shard: PopulationShard,
  ice: AgencyFile,
  replay: PassOneSettings,
): ListCandidates {
  const { seed } = model.config;
  const n = ice.size;
  outdateAddresses(shard, ice, replay.list.addressOutdated, seed);
  const parts = recordParts(model, shard, ice);
  const attrs = new Uint16Array(n);
  const household = new Uint32Array(n);
  const home = new Uint32Array(n);
  const previous = new Uint32Array(n);
  const homeBuilding = new Uint32Array(n);
  const homeKind = new Uint8Array(n);
  const rank = new Uint32Array(n);
  const recentOrder = new Uint8Array(n);
  const P = shard.people;
  const H = shard.households;
  for (let i = 0; i < n; i++) {
    const person = parts.records.person[i]!;
    const local = person - shard.personId(0);
    const h = shard.localHousehold(P.household[local]!);
    attrs[i] = P.attrs[local]!;
    household[i] = P.household[local]!;
    home[i] = H.address[h]!;
    previous[i] = H.previousAddress[h]!;
    const b = shard.addresses.building[shard.localAddress(home[i]!)]!;
    homeBuilding[i] = buildingKey(shard, b);
    homeKind[i] = shard.buildings.kind[b]!;
    rank[i] = drawUint32(seed, ReplayStream.listRank, person);
    recentOrder[i] = drawChance(
      seed,
      ReplayStream.recentOrder,
      person,
      replay.screen.recentOrderShare,
    )
      ? 1
      : 0;
    if (drawChance(seed, ReplayStream.addressMissing, person, replay.list.addressMissing)) {
      parts.records.address[i] = NO_ADDRESS;
      clearAddress(parts, i);
    }
  }
  return {
    ...parts,
    localNames: ice.localNames,
    attrs,
    household,
    home,
    previous,
    homeBuilding,
    homeKind,
    rank,
    recentOrder,
  };
}

/** Replaces an `outdated` share of the records' addresses with another household's home. */
function outdateAddresses(shard: PopulationShard, ice: AgencyFile, outdated: number, seed: number) {
  const r = ice.records;
  const households = shard.householdCount;
  const own = shard.people.household;
  const first = shard.personId(0);
  for (let i = 0; i < ice.size; i++) {
    const person = r.person[i]!;
    if (!drawChance(seed, ReplayStream.addressOutdated, person, outdated)) continue;
    const mine = shard.localHousehold(own[person - first]!);
    let h = Math.floor(
      (drawUint32(seed, ReplayStream.outdatedHome, person) / 4294967296) * households,
    );
    if (h === mine) h = (h + 1) % households;
    r.address[i] = shard.households.address[h]!;
    r.noise[i] = (r.noise[i]! & ~(Noise.mailAddress | Noise.unitDropped)) | Noise.staleAddress;
  }
}

/** The global key of local building `b` of a shard, as fromAgencyFile writes building keys. */
export function buildingKey(shard: PopulationShard, b: number): number {
  return shard.index * ADDRESS_STRIDE + b + 1;
}

export interface RequestList {
  /** Candidate indices on the list, lowest rank first (the sample is the first `sampled`). */
  members: Uint32Array;
  /** Records sent through the IRS match, and records on the list. */
  sampled: number;
  full: number;
}

/**
 * The list: the `size` candidates of lowest rank (all of them when fewer), and its sample, the
 * first `sample` of those — a seeded random sample, since ranks are random.
 */
export function selectList(rank: Uint32Array, size: number, sample: number | null): RequestList {
  // Candidates by rank, equal ranks in candidate order: a stable radix sort of the indices.
  const n = rank.length;
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  const order = sortBlocks({ block: rank.slice(), name: indices }).name;
  const full = Math.min(size, n);
  return {
    members: order.slice(0, full),
    sampled: Math.min(sample ?? full, full),
    full,
  };
}
