/**
 * The names two record sets use, by id, in flat arrays — sorted ids, offsets and UTF-16 code
 * units — with their population frequencies: what another thread needs to spell and weigh
 * names, in buffers it can share (SharedArrayBuffer) instead of a cloned string per name.
 */
import type { LinkRecords } from './LinkRecords';
import type { NameFrequencies } from './nameFrequencies';

export interface NameTable {
  /** Name ids, ascending. */
  ids: Uint32Array;
  /** Name k is units[offsets[k] … offsets[k + 1]). */
  offsets: Uint32Array;
  units: Uint16Array;
  /** Population frequency of name k as a given name and as a surname (NaN: none). */
  given: Float64Array | null;
  surname: Float64Array | null;
}

type Allocate = (bytes: number) => ArrayBufferLike;
const plain: Allocate = (n) => new ArrayBuffer(n);

/** The table of every given name and surname in `sets`. */
export function nameTableOf(
  sets: readonly LinkRecords[],
  nameOf: (id: number) => string,
  frequencies?: NameFrequencies,
  allocate: Allocate = plain,
): NameTable {
  const seen = new Set<number>();
  for (const r of sets) for (const col of [r.given, r.surname]) for (const id of col) seen.add(id);
  const sorted = Uint32Array.from(seen).sort();
  const names = Array.from(sorted, (id) => nameOf(id));
  const ids = new Uint32Array(allocate(sorted.byteLength));
  ids.set(sorted);
  const offsets = new Uint32Array(allocate((names.length + 1) * 4));
  for (let k = 0; k < names.length; k++) offsets[k + 1] = offsets[k]! + names[k]!.length;
  const units = new Uint16Array(allocate(offsets[names.length]! * 2));
  names.forEach((name, k) => {
    for (let c = 0; c < name.length; c++) units[offsets[k]! + c] = name.charCodeAt(c);
  });
  const column = (f: (id: number) => number) => {
    const out = new Float64Array(allocate(ids.length * 8));
    for (let k = 0; k < ids.length; k++) out[k] = f(ids[k]!);
    return out;
  };
  return {
    ids,
    offsets,
    units,
    given: frequencies ? column((id) => frequencies.given(id)) : null,
    surname: frequencies ? column((id) => frequencies.surname(id)) : null,
  };
}

/** Where id is in the table, or −1. */
function indexOf(table: NameTable, id: number): number {
  let lo = 0;
  let hi = table.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = table.ids[mid]!;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Spells names by id from the table (each spelled once, then remembered). */
export function nameReader(table: NameTable): (id: number) => string {
  const spelled = new Map<number, string>();
  return (id) => {
    let name = spelled.get(id);
    if (name === undefined) {
      const k = indexOf(table, id);
      if (k < 0) throw new RangeError(`name id ${id} is not in the table`);
      name = String.fromCharCode(...table.units.subarray(table.offsets[k]!, table.offsets[k + 1]!));
      spelled.set(id, name);
    }
    return name;
  };
}

/** The table's frequencies as NameFrequencies, or undefined if it has none. */
export function frequencyReader(table: NameTable): NameFrequencies | undefined {
  const { given, surname } = table;
  if (!given || !surname) return undefined;
  const read = (column: Float64Array) => (id: number) => {
    const k = indexOf(table, id);
    return k < 0 ? NaN : column[k]!;
  };
  return { given: read(given), surname: read(surname) };
}
