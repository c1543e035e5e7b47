/**
 * ICE's list in the cross-reference's name blocks (iceCrossReference.ts): the records of one
 * surname name control (first four letters) and given-name initial. The list's positions are
 * sorted by block once; a block's distinct full names are listed when it is first asked for,
 * since a replay searches only the blocks of its disclosures' names.
 */
import { sortBlocks } from '../blocking/SortedBlocks';
import type { NameLetterCounts } from '../comparison/names/fuseBound';
import { nameControl } from '../comparison/names/nameControl';
import type { LinkRecords } from '../linking/LinkRecords';
import { isPlainName, nameSlot, normaliseName } from '../names/NameDictionary';
import { fullName } from './nameRule';

export interface NameBlock {
  /** The block's distinct normalised full names ("GIVEN SURNAME"), in order of first position. */
  readonly names: string[];
  /** Each name's place in `names`. */
  readonly index: Map<string, number>;
  /** List positions of name k: `members` from `first[k]` up to `first[k + 1]`, ascending. */
  readonly first: Uint32Array;
  readonly members: Uint32Array;
  /** The names' letter counts, for fuse.js bounds (made by the first search that needs them). */
  letters: NameLetterCounts | null;
}

/** The list positions of name k of `block`, ascending. */
export function positionsOf(block: NameBlock, k: number): Uint32Array {
  return block.members.subarray(block.first[k]!, block.first[k + 1]!);
}

export class ListBlocks {
  /** List positions sorted by block code (then position). */
  private readonly sorted: Uint32Array;
  /** The distinct block codes, ascending, and where each one's positions start in `sorted`. */
  private readonly codes: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly built = new Map<number, NameBlock>();
  /** Per name id: 0 not yet known, 1 a plain name (normaliseName leaves it as it is), 2 not. */
  private readonly plain: ByNameId;

  /** `list` holds name ids of `nameOf`'s name space (0: no name). */
  constructor(
    private readonly list: LinkRecords,
    private readonly nameOf: (id: number) => string,
  ) {
    // Block codes by name id (each distinct name spelled once), then the positions sorted by
    // code with a radix sort, which keeps positions of one code in order. Codes are stored
    // plus one, as sortBlocks keeps 0 for "not blocked".
    const controls = codesByName(list.surname, (id) => controlCode(this.name(id)));
    const initials = codesByName(list.given, (id) => initialCode(this.name(id)));
    this.plain = new ByNameId(Math.max(largestId(list.surname), largestId(list.given)), 0);
    const block = new Uint32Array(list.size);
    const positions = new Uint32Array(list.size);
    for (let p = 0; p < list.size; p++) {
      block[p] = controls.get(list.surname[p]!) * 32 + initials.get(list.given[p]!) + 1;
      positions[p] = p;
    }
    const sorted = sortBlocks({ block, name: positions });
    this.sorted = sorted.name;
    let distinct = 0;
    for (let k = 0; k < list.size; k++)
      if (k === 0 || sorted.block[k] !== sorted.block[k - 1]) distinct++;
    this.codes = new Uint32Array(distinct);
    this.starts = new Uint32Array(distinct + 1);
    for (let k = 0, at = 0; k < list.size; k++)
      if (k === 0 || sorted.block[k] !== sorted.block[k - 1]) {
        this.codes[at] = sorted.block[k]! - 1;
        this.starts[at++] = k;
      }
    this.starts[distinct] = list.size;
  }

  /** The block of `code` (blockCode), or undefined when no list record is in it. */
  get(code: number): NameBlock | undefined {
    let block = this.built.get(code);
    if (block) return block;
    const place = this.codeAt(code);
    if (place < 0) return undefined;
    const start = this.starts[place]!;
    const size = this.starts[place + 1]! - start;
    const names: string[] = [];
    const index = new Map<string, number>();
    const nameAt = new Uint32Array(size);
    for (let k = 0; k < size; k++) {
      const full = this.fullName(this.sorted[start + k]!);
      let at = index.get(full);
      if (at === undefined) {
        at = names.push(full) - 1;
        index.set(full, at);
      }
      nameAt[k] = at;
    }
    // Positions grouped by name, in one array: counts, running sums, then each in its place.
    const first = new Uint32Array(names.length + 1);
    for (let k = 0; k < size; k++) first[nameAt[k]! + 1]!++;
    for (let n = 0; n < names.length; n++) first[n + 1]! += first[n]!;
    const next = first.slice(0, names.length);
    const members = new Uint32Array(size);
    for (let k = 0; k < size; k++) members[next[nameAt[k]!]!++] = this.sorted[start + k]!;
    block = { names, index, first, members, letters: null };
    this.built.set(code, block);
    return block;
  }

  /** The place of `code` in `codes`, or −1 when no list record has it. */
  private codeAt(code: number): number {
    let low = 0;
    let high = this.codes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.codes[mid]! < code) low = mid + 1;
      else high = mid;
    }
    return low < this.codes.length && this.codes[low] === code ? low : -1;
  }

  /**
   * normaliseName(fullName(…)) of list record p. Most names are plain already, and two plain
   * names joined by a space are plain too: then only the join is made.
   */
  private fullName(p: number): string {
    const g = this.list.given[p]!;
    const s = this.list.surname[p]!;
    if (this.isPlain(g) && this.isPlain(s)) {
      const given = this.name(g);
      const surname = this.name(s);
      return given === '' ? surname : surname === '' ? given : `${given} ${surname}`;
    }
    return normaliseName(fullName(this.nameOf, this.list, p));
  }

  /** Name id `id` is missing or plain (isPlainName). */
  private isPlain(id: number): boolean {
    if (id === 0) return true;
    let known = this.plain.get(id);
    if (known === 0) this.plain.set(id, (known = isPlainName(this.name(id)) ? 1 : 2));
    return known === 1;
  }

  private name(id: number): string {
    return id === 0 ? '' : this.nameOf(id);
  }
}

/**
 * The block of a name, the surname's name control and the given name's initial, as a number:
 * five bits a character (A–Z 1–26, 0 past the end; the initial may also be ' - or a space), so
 * the distinct blocks of normalised names (the only characters normaliseName keeps) have
 * distinct codes. Any other initial would share code 30 with its like.
 */
export function blockCode(surname: string, given: string): number {
  return controlCode(surname) * 32 + initialCode(given);
}

/** `code` of each name id in `ids`, by id: computed once per distinct id. */
function codesByName(ids: Uint32Array, code: (id: number) => number): ByNameId {
  const codes = new ByNameId(largestId(ids), -1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (codes.get(id) < 0) codes.set(id, code(id));
  }
  return codes;
}

function largestId(ids: Uint32Array): number {
  let largest = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i]! > largest) largest = ids[i]!;
  return largest;
}

/**
 * Ids below this are kept in a typed array, the rest (the tail model's spelled surnames, from
 * 2^30, when a caller has not renumbered them) in a map, so a table never takes gigabytes.
 */
const DENSE_IDS = 1 << 22;

/** A small integer per name id, `empty` until set. */
class ByNameId {
  private readonly dense: Int32Array;
  private readonly sparse = new Map<number, number>();

  constructor(
    largest: number,
    private readonly empty: number,
  ) {
    this.dense = new Int32Array(Math.min(largest + 1, DENSE_IDS)).fill(empty);
  }

  get(id: number): number {
    return id < this.dense.length ? this.dense[id]! : (this.sparse.get(id) ?? this.empty);
  }

  set(id: number, value: number): void {
    if (id < this.dense.length) this.dense[id] = value;
    else this.sparse.set(id, value);
  }
}

function controlCode(surname: string): number {
  const control = nameControl(surname);
  let code = 0;
  for (let i = 0; i < 4; i++) code = code * 32 + (i < control.length ? charCode(control, i) : 0);
  return code;
}

function initialCode(given: string): number {
  return given.length === 0 ? 0 : charCode(given, 0);
}

/** A character's code: its place in the normalised-name alphabet plus one, 30 for any other. */
function charCode(text: string, i: number): number {
  const slot = nameSlot(text.charCodeAt(i));
  return slot < 0 ? 30 : slot + 1;
}
