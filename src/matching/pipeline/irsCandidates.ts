/**
 * Stage 3a, where the IRS looks. Both match paths are shard-local, which is what lets the
 * replay stream the population instead of holding it: a list record's taxpayer number is the
 * person's own, a household member's or a shard-mate's (views/wrongTin.ts), all in the
 * person's shard; and the same-address test of the name path stays within a building, which
 * lies in one shard (PopulationShard: buildings are local to their shard).
 *
 *  - TIN path: the IRS records carrying the list record's TIN — the holder's own record, and
 *    any record that carries the number by mistake.
 *  - Name path: the IRS records at the list record's building.
 *
 * The IRS covers about half the shard (~500 k people) and the list a few thousand, so the IRS
 * draft writes only the records these paths can look at (irsWants), and irsCandidates reads
 * that partial file once, in a loop of typed-array reads that is a small function of its own:
 * V8 optimises a loop that runs once per shard promptly only there (in a large function it is
 * deoptimised again at each later statement that has not run yet).
 */
import { AddressQuality } from '../linking/LinkRecords';
import {
  ADDRESS_STRIDE,
  NO_ADDRESS,
  SHARD_SIZE,
  type PopulationShard,
} from '../population/PopulationShard';
import { Noise, type AgencyFile, type RecordColumns } from '../views/AgencyFile';
import { NO_TIN, tinHolder } from '../views/tin';
import type { DraftWants } from '../views/makeAgencyFile';
import { addressLevel } from '../comparison/addresses';
import type { RecordParts } from './recordParts';
import type { PassOneSettings } from './passOne';
import type { ListCandidates } from './requestList';
import { buildingKey } from './requestList';

export interface IrsCandidates {
  /** IRS file indices any path looks at, ascending (the subset the shard keeps parts of). */
  subset: Uint32Array;
  /**
   * Per list record: positions in `subset` of its candidates (TIN or building), in file order.
   * List records at one building share one array: read it, do not change it.
   */
  of: (readonly number[] | undefined)[];
}

/** Where list record i is matched: by its TIN, by name at its address, or not at all. */
export function pathOf(list: ListCandidates, i: number, tinEnabled: boolean, nameEnabled: boolean) {
  if (list.link.tin[i]! !== NO_TIN) return tinEnabled ? 'tin' : null;
  const q = list.link.addressQuality[i]!;
  const usable = q === AddressQuality.full || q === AddressQuality.unitMissing;
  return nameEnabled && usable ? 'name' : null;
}

/**
 * The IRS records either path can look at, as a draft's wants: the holders of the list's
 * numbers, any record carrying one of them by mistake, and the records at the buildings of
 * the name path's list records. A draft holding these holds every candidate irsCandidates finds.
 */
export function irsWants(
  shard: PopulationShard,
  list: ListCandidates,
  tinEnabled: boolean,
  nameEnabled: boolean,
): DraftWants {
  const link = list.link;
  const first = shard.personId(0);
  const firstKey = buildingKey(shard, 0);
  const people = new Uint8Array(shard.size);
  const buildings = new Uint8Array(shard.buildings.kind.length);
  const tins = new Set<number>();
  for (let i = 0; i < link.size; i++) {
    const path = pathOf(list, i, tinEnabled, nameEnabled);
    if (path === 'tin') {
      const tin = link.tin[i]!;
      tins.add(tin);
      const holder = tinHolder(tin) - first;
      if (holder >= 0 && holder < shard.size) people[holder] = 1;
    } else if (path === 'name') buildings[link.building[i]! - firstKey] = 1;
  }
  return { people, buildings, tins };
}

/**
 * Per list record, its IRS candidates in `irs`: the whole file, or a draft made with irsWants
 * (the records it leaves out are no one's candidates).
 */
export function irsCandidates(
  shard: PopulationShard,
  list: ListCandidates,
  irs: Pick<AgencyFile, 'records' | 'size'>,
  tinEnabled: boolean,
  nameEnabled: boolean,
): IrsCandidates {
  const link = list.link;
  const paths = Array.from({ length: link.size }, (_, i) =>
    pathOf(list, i, tinEnabled, nameEnabled),
  );
  const look = new IrsLook(shard);
  paths.forEach((path, i) => {
    if (path === 'name') look.wantBuilding(link.building[i]!);
  });
  look.read(shard, irs.records, irs.size);
  const first = shard.personId(0);
  const byTin = paths.map((path, i) => {
    if (path !== 'tin') return undefined;
    const tin = link.tin[i]!;
    const found: number[] = [];
    const holder = tinHolder(tin);
    if (holder >= first && holder < first + SHARD_SIZE) {
      const j = indexOfPerson(irs.records.person, holder);
      if (j >= 0 && irs.records.tin[j] === tin) found.push(j);
    }
    for (const j of look.borrowed.get(tin) ?? []) found.push(j);
    return found.length > 0 ? found.sort((a, b) => a - b) : undefined;
  });

  // Number the records looked at in file order, marked in a column as long as the file.
  // 0: not looked at; else 1 until the record's position s is known, then s + 1.
  const position = new Int32Array(irs.size);
  for (const found of [...look.atBuilding, ...byTin]) for (const j of found ?? []) position[j] = 1;
  const subset = numberMarked(position);
  const toPositions = (found: readonly number[]) => found.map((j) => position[j]! - 1);
  const atBuilding = look.atBuilding.map(toPositions);
  const of = paths.map((path, i) => {
    if (path === 'tin') return byTin[i] && toPositions(byTin[i]);
    if (path !== 'name') return undefined;
    const found = atBuilding[look.slotOf(link.building[i]!)]!;
    return found.length > 0 ? found : undefined;
  });
  return { subset, of };
}

/**
 * The candidates the paths compare names with: every TIN-path candidate, and the name path's
 * at an address that agrees to `namePath.addressAtMost` (address comparison levels) with the
 * list record's. `irs` holds the subset's address parts (names need not be written yet).
 */
export function nearCandidates(
  list: ListCandidates,
  irs: RecordParts,
  candidates: IrsCandidates,
  replay: PassOneSettings,
): IrsCandidates {
  const { tinPath, namePath } = replay;
  const of = candidates.of.map((found, i) => {
    if (!found || pathOf(list, i, tinPath.enabled, namePath.enabled) !== 'name') return found;
    const near = found.filter(
      (s) => addressLevel(list.link, i, irs.link, s) <= namePath.addressAtMost,
    );
    return near.length > 0 ? near : undefined;
  });
  return { subset: candidates.subset, of };
}

/** Positions in the subset of every record some list record compares names with, ascending. */
export function comparedRecords(candidates: IrsCandidates): Uint32Array {
  const marked = new Uint8Array(candidates.subset.length);
  for (const found of candidates.of) for (const s of found ?? []) marked[s] = 1;
  const out: number[] = [];
  marked.forEach((m, s) => {
    if (m === 1) out.push(s);
  });
  return Uint32Array.from(out);
}

/** What the IRS file holds for the two paths, read in one pass over it. */
class IrsLook {
  /** Records carrying someone else's number, by that number (rare: views/wrongTin.ts). */
  readonly borrowed = new Map<number, number[]>();
  /** Per wanted building, in order of wanting: its records at a usable address, in file order. */
  readonly atBuilding: number[][] = [];
  /** Per local building: 1 + its place in `atBuilding`, 0 when not wanted. */
  private readonly slot: Int32Array;
  private readonly firstKey: number;

  constructor(shard: PopulationShard) {
    this.slot = new Int32Array(shard.buildings.kind.length);
    this.firstKey = buildingKey(shard, 0);
  }

  /** Wants the building of a link record's building key. */
  wantBuilding(key: number): void {
    const b = key - this.firstKey;
    if (this.slot[b] === 0) this.slot[b] = this.atBuilding.push([]);
  }

  /** Place in `atBuilding` of a wanted building key. */
  slotOf(key: number): number {
    return this.slot[key - this.firstKey]! - 1;
  }

  /** Reads the file's records (after every building is wanted). */
  read(shard: PopulationShard, r: RecordColumns, size: number): void {
    const { slot, atBuilding, borrowed } = this;
    const buildings = atBuilding.length > 0;
    const building = shard.addresses.building;
    const addressBase = shard.index * ADDRESS_STRIDE;
    const { address, noise } = r;
    for (let j = 0; j < size; j++) {
      const flags = noise[j]!;
      if ((flags & Noise.tinWrong) !== 0) {
        const records = borrowed.get(r.tin[j]!);
        if (records) records.push(j);
        else borrowed.set(r.tin[j]!, [j]);
      }
      const a = address[j]!;
      if (!buildings || a === NO_ADDRESS || (flags & Noise.addressUnusable) !== 0) continue;
      const s = slot[building[a - addressBase]!]!;
      if (s !== 0) atBuilding[s - 1]!.push(j);
    }
  }
}

/**
 * The indices of the marked (non-zero) entries of `position`, ascending; each marked entry
 * is set to its place among them + 1.
 */
function numberMarked(position: Int32Array): Uint32Array {
  let count = 0;
  for (let j = 0; j < position.length; j++) if (position[j] !== 0) count++;
  const subset = new Uint32Array(count);
  for (let j = 0, s = 0; s < count; j++) {
    if (position[j] === 0) continue;
    subset[s] = j;
    position[j] = ++s;
  }
  return subset;
}

/** Index of `person` in an ascending column of person ids, or −1. */
function indexOfPerson(people: Uint32Array, person: number): number {
  let lo = 0;
  let hi = people.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = people[mid]!;
    if (p === person) return mid;
    if (p < person) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
