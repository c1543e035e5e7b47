/**
 * What the IRS would disclose for each matched list record, kept with the truth a door needs:
 * whose record it is, and who lives at its address now (the residents behind the door, by age,
 * legal status, community and relation). Collected in the shard, because the residents of an
 * address live in the address's shard and are gone once the shard is.
 */
import { BuildingKind, NO_ADDRESS, type PopulationShard } from '../population/PopulationShard';
import type { PopulationModel } from '../population/model';
import { pick16, pickRecords, type RecordParts } from './recordParts';
import type { AgencyFile } from '../views/AgencyFile';
import { buildingKey } from './requestList';
import { pickLinkRecords } from '../linking/LinkRecords';

export interface DisclosureTable extends RecordParts {
  /** The IRS record's names as written (strings: the IRS file's own spellings). */
  givenName: string[];
  surnameName: string[];
  /** The truth about the record's person: packed attributes, household, home building key. */
  attrs: Uint16Array;
  household: Uint32Array;
  homeBuilding: Uint32Array;
  /** Residents of record d are residentStart[d] … residentStart[d + 1] − 1. */
  residentStart: Uint32Array;
  residentAttrs: Uint16Array;
  residentDob: Uint16Array;
  residentHousehold: Uint32Array;
}

/** The rows `positions` (positions in the IRS subset `irs`) as a disclosure table. */
export function disclosureTable(
  model: PopulationModel,
  shard: PopulationShard,
  file: AgencyFile,
  irs: RecordParts,
  positions: readonly number[],
): DisclosureTable {
  const records = pickRecords(irs.records, positions);
  const link = pickLinkRecords(irs.link, positions);
  const n = positions.length;
  const P = shard.people;
  const H = shard.households;
  const attrs = new Uint16Array(n);
  const household = new Uint32Array(n);
  const homeBuilding = new Uint32Array(n);
  const kind = Uint8Array.from(positions, (s) => irs.kind[s]!);
  const at = new Uint32Array(n).fill(NO_ADDRESS);
  for (let d = 0; d < n; d++) {
    const local = records.person[d]! - shard.personId(0);
    attrs[d] = P.attrs[local]!;
    household[d] = P.household[local]!;
    const h = shard.localHousehold(household[d]!);
    homeBuilding[d] = buildingKey(
      shard,
      shard.addresses.building[shard.localAddress(H.address[h]!)]!,
    );
    if (kind[d] !== BuildingKind.poBox) at[d] = records.address[d]!;
  }
  const residents = residentsAt(shard, at);
  // A shard made with names on request holds a birth day only for the people asked for.
  shard.resolvePeople(residents.people);
  return {
    records,
    link,
    street: pick16(irs.street, positions),
    number: pick16(irs.number, positions),
    kind,
    givenName: Array.from(records.given, (id) => file.name(id, model.dictionary)),
    surnameName: Array.from(records.surname, (id) => file.name(id, model.dictionary)),
    attrs,
    household,
    homeBuilding,
    residentStart: residents.start,
    residentAttrs: Uint16Array.from(residents.people, (m) => P.attrs[m]!),
    residentDob: Uint16Array.from(residents.people, (m) => P.dob[m]!),
    residentHousehold: Uint32Array.from(residents.people, (m) => P.household[m]!),
  };
}

/**
 * Everyone whose household lives now at `at[d]` (an address id, or NO_ADDRESS for nobody), as
 * local person indices: row d's are people[start[d]] … people[start[d + 1] − 1], in household
 * order. Every household of the shard is visited, so the test for "lives at a wanted address"
 * is a read of a column as long as the shard's addresses rather than a map probe.
 */
export function residentsAt(
  shard: PopulationShard,
  at: Uint32Array,
): { start: Uint32Array; people: number[] } {
  const H = shard.households;
  const wanted = new Uint8Array(shard.addressCount);
  const rowsAt = new Map<number, number[]>();
  at.forEach((address, d) => {
    if (address === NO_ADDRESS) return;
    wanted[shard.localAddress(address)] = 1;
    const rows = rowsAt.get(address);
    if (rows) rows.push(d);
    else rowsAt.set(address, [d]);
  });
  const residents: number[][] = Array.from({ length: at.length }, () => []);
  const households = shard.householdCount;
  for (let h = 0; h < households; h++) {
    const address = H.address[h]!;
    if (wanted[shard.localAddress(address)] !== 1) continue;
    const first = H.firstMember[h]!;
    for (const d of rowsAt.get(address)!)
      for (let m = first; m < first + H.size[h]!; m++) residents[d]!.push(m);
  }
  const start = new Uint32Array(at.length + 1);
  for (let d = 0; d < at.length; d++) start[d + 1] = start[d]! + residents[d]!.length;
  return { start, people: residents.flat() };
}
