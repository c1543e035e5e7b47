/**
 * What the replay keeps of an agency record once its shard is gone: the record's columns, its
 * link-record address parts (ZIP, building, unit, quality) and the parts an address is written
 * with (street, house number, kind of building), so results can show "12 Oak St Apt 104, ZIP
 * 02139" without the population. Built per shard from an agency file and its shard.
 */
import { AddressQuality, type LinkRecords } from '../linking/LinkRecords';
import { fromAgencyFile } from '../linking/fromAgencyFile';
import type { PopulationModel } from '../population/model';
import { NO_ADDRESS, type PopulationShard } from '../population/PopulationShard';
import { AgencyFile, type RecordColumns } from '../views/AgencyFile';

/** No building kind (missing address). */
export const NO_KIND = 255;

export interface RecordParts {
  records: RecordColumns;
  /**
   * The records as link records (ZIP, building, unit, address quality, TIN, truth). Their name
   * columns are only meaningful where the holder says so: a shard task re-keys them to its own
   * name space, the collecting thread to the merged dictionary.
   */
  link: LinkRecords;
  street: Uint16Array;
  number: Uint16Array;
  /** BuildingKind of the address, or NO_KIND. */
  kind: Uint8Array;
}

/** The records of `file` at `indices` (all when omitted), with their address parts. */
export function recordParts(
  model: PopulationModel,
  shard: PopulationShard,
  file: AgencyFile,
  indices?: ArrayLike<number>,
): RecordParts {
  const picked = indices ? pickRecords(file.records, indices) : file.records;
  // Names are not read here, so the unmerged file is linked as it is (fromAgencyFile only needs
  // merged names for its name columns, which are not used).
  const link = fromAgencyFile(model, new AgencyFile(file.agency, file.shardIndex, picked), shard);
  const n = picked.person.length;
  const street = new Uint16Array(n);
  const number = new Uint16Array(n);
  const kind = new Uint8Array(n).fill(NO_KIND);
  for (let i = 0; i < n; i++) {
    const address = picked.address[i]!;
    if (address === NO_ADDRESS) continue;
    const b = shard.addresses.building[shard.localAddress(address)]!;
    street[i] = shard.buildings.street[b]!;
    number[i] = shard.buildings.number[b]!;
    kind[i] = shard.buildings.kind[b]!;
  }
  return {
    records: picked,
    link,
    street,
    number,
    kind,
  };
}

/**
 * Copies into `parts` (made from `records` at `indices`) what a names pass wrote after it was
 * made — names, date of birth, noise — for the parts at `positions`.
 */
export function refreshWritten(
  parts: RecordParts,
  records: RecordColumns,
  indices: ArrayLike<number>,
  positions: ArrayLike<number>,
): void {
  const link = parts.link as { -readonly [K in keyof LinkRecords]: LinkRecords[K] };
  const mine = parts.records;
  for (let k = 0; k < positions.length; k++) {
    const s = positions[k]!;
    const j = indices[s]!;
    mine.given[s] = link.given[s] = records.given[j]!;
    mine.surname[s] = link.surname[s] = records.surname[j]!;
    mine.dob[s] = link.dob[s] = records.dob[j]!;
    mine.noise[s] = records.noise[j]!;
  }
}

/** Columns of the records at `indices`. */
export function pickRecords(r: RecordColumns, indices: ArrayLike<number>): RecordColumns {
  return {
    person: pick32(r.person, indices),
    given: pick32(r.given, indices),
    surname: pick32(r.surname, indices),
    dob: pick16(r.dob, indices),
    address: pick32(r.address, indices),
    tin: pick32(r.tin, indices),
    noise: pick16(r.noise, indices),
  };
}

// One function per column type, so each copy loop reads a single kind of typed array (V8
// optimises a loop that sees several kinds less well).

/** The entries of a 32-bit column at `indices`. */
export function pick32(column: Uint32Array, indices: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = column[indices[k]!]!;
  return out;
}

/** The entries of a 16-bit column at `indices`. */
export function pick16(column: Uint16Array, indices: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = column[indices[k]!]!;
  return out;
}

/** Marks record i as holding no address at all (not even a ZIP). */
export function clearAddress(parts: RecordParts, i: number): void {
  const link = parts.link as { -readonly [K in keyof LinkRecords]: LinkRecords[K] };
  link.zip[i] = 0;
  link.building[i] = 0;
  link.unit[i] = 0;
  link.addressQuality[i] = AddressQuality.missing;
  parts.kind[i] = NO_KIND;
}
