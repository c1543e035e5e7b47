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
 */
import { AddressQuality } from '../linking/LinkRecords';
import { NO_ADDRESS, SHARD_SIZE, type PopulationShard } from '../population/PopulationShard';
import { Noise, type AgencyFile } from '../views/AgencyFile';
import { NO_TIN, tinHolder } from '../views/tin';
import type { ListCandidates } from './requestList';
import { buildingKey } from './requestList';

export interface IrsCandidates {
  /** IRS file indices any path looks at, ascending (the subset the shard keeps parts of). */
  subset: Uint32Array;
  /** Per list record: positions in `subset` of its candidates (TIN or building), in file order. */
  of: (number[] | undefined)[];
}

/** Where list record i is matched: by its TIN, by name at its address, or not at all. */
export function pathOf(list: ListCandidates, i: number, tinEnabled: boolean, nameEnabled: boolean) {
  if (list.link.tin[i]! !== NO_TIN) return tinEnabled ? 'tin' : null;
  const q = list.link.addressQuality[i]!;
  const usable = q === AddressQuality.full || q === AddressQuality.unitMissing;
  return nameEnabled && usable ? 'name' : null;
}

export function irsCandidates(
  shard: PopulationShard,
  list: ListCandidates,
  irs: Pick<AgencyFile, 'records' | 'size'>,
  tinEnabled: boolean,
  nameEnabled: boolean,
): IrsCandidates {
  const r = irs.records;
  const byFile: (number[] | undefined)[] = new Array<number[] | undefined>(list.link.size);
  // Records carrying someone else's number, by that number (rare: views/wrongTin.ts).
  const borrowed = new Map<number, number[]>();
  for (let j = 0; j < irs.size; j++) {
    if (r.noise[j]! & Noise.tinWrong) push(borrowed, r.tin[j]!, j);
  }
  const byBuilding = new Map<number, number[]>();
  for (let i = 0; i < list.link.size; i++) {
    if (pathOf(list, i, tinEnabled, nameEnabled) === 'name')
      byBuilding.set(list.link.building[i]!, []);
  }
  if (byBuilding.size > 0) {
    // Wanted buildings marked by local index, so most records cost one array read.
    const building = shard.addresses.building;
    const wanted = new Uint8Array(shard.buildings.kind.length);
    for (const key of byBuilding.keys()) wanted[key - buildingKey(shard, 0)] = 1;
    for (let j = 0; j < irs.size; j++) {
      const address = r.address[j]!;
      if (address === NO_ADDRESS || r.noise[j]! & Noise.addressUnusable) continue;
      const b = building[shard.localAddress(address)]!;
      if (wanted[b] === 1) byBuilding.get(buildingKey(shard, b))!.push(j);
    }
  }
  const first = shard.personId(0);
  for (let i = 0; i < list.link.size; i++) {
    const path = pathOf(list, i, tinEnabled, nameEnabled);
    if (path === 'tin') {
      const tin = list.link.tin[i]!;
      const found: number[] = [];
      const holder = tinHolder(tin);
      if (holder >= first && holder < first + SHARD_SIZE) {
        const j = indexOfPerson(r.person, holder);
        if (j >= 0 && r.tin[j] === tin) found.push(j);
      }
      for (const j of borrowed.get(tin) ?? []) found.push(j);
      if (found.length > 0) byFile[i] = found.sort((a, b) => a - b);
    } else if (path === 'name') {
      const found = byBuilding.get(list.link.building[i]!)!;
      if (found.length > 0) byFile[i] = found;
    }
  }
  const all = new Set<number>();
  for (const found of byFile) for (const j of found ?? []) all.add(j);
  const subset = Uint32Array.from([...all].sort((a, b) => a - b));
  const position = new Map<number, number>();
  subset.forEach((j, s) => position.set(j, s));
  return { subset, of: byFile.map((found) => found?.map((j) => position.get(j)!)) };
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

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
