/**
 * Every name string the simulation knows, as an integer id: people and records store ids, and a
 * comparison of two names is computed once per distinct pair of ids. One dictionary serves given
 * names and surnames alike (JAMES is both), so equal strings always have equal ids.
 *
 * Ids: 0 is the empty name ("none"); 1 … are interned strings in the order they were first
 * seen; TAIL_BASE + k is rare-surname k of the tail model, spelled on demand and never stored.
 */
import { decodeTail, spellTail, type TailSpelling } from './tailSurnames';

export const NO_NAME = 0;
export const TAIL_BASE = 0x40000000;

/**
 * Upper case, Latin letters without diacritics, single spaces, hyphens kept. Apostrophes go, as
 * in the Census and SSA files (O'Brien is OBRIEN there), so O'Brien, O’Brien and OBrien are one.
 */
export function normaliseName(raw: string): string {
  // Most names reaching here come from the dictionary and are normal already; checking that
  // costs a scan, the regular expressions below a copy each.
  return isPlainName(raw) ? raw : cleanName(raw);
}

/** normaliseName's clean-up itself, for any string (plain names come back unchanged). */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')
    .toUpperCase()
    .replace(/[^A-Z -]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/**
 * True for words of A–Z joined by single spaces or hyphens: names normaliseName returns
 * unchanged. (Some other names are unchanged too, such as 'A--B'; they take the long way.)
 */
export function isPlainName(name: string): boolean {
  let afterLetter = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) afterLetter = true;
    else if ((c === 32 || c === 45) && afterLetter) afterLetter = false;
    else return false;
  }
  return afterLetter || name.length === 0;
}

/** How many characters a normalised name can hold: A–Z, apostrophe, hyphen, space. */
export const NAME_ALPHABET = 29;

/**
 * The place of a character in the normalised-name alphabet (A–Z 0–25, apostrophe 26, hyphen
 * 27, space 28), or −1 for any other, lower case included (normaliseName makes upper case).
 */
export function nameSlot(code: number): number {
  if (code >= 65 && code <= 90) return code - 65;
  if (code === 39) return 26;
  if (code === 45) return 27;
  if (code === 32) return 28;
  return -1;
}

export class NameDictionary {
  private readonly strings: string[] = [''];
  /**
   * The ids by string: an open-addressing table of (hash, id + 1) pairs, 0 for an empty slot,
   * at most half full. A Map of strings costs 0.3–0.7 µs a lookup once it holds a few hundred
   * thousand names (a cache miss per link of its chains, and one to hash a new string); here a
   * lookup touches one slot pair, and the stored string only when the hashes agree.
   */
  private slots = new Int32Array(2 * 1024);
  private mask = 1023;

  private tail: TailSpelling | null = null;

  constructor() {
    this.place(hashName(''), NO_NAME);
  }

  /**
   * Starts spelling and decoding tail surnames. Call it after the real surnames are interned:
   * a real name that happens to have a tail spelling keeps its own id (the tail model maps
   * that tail index to the real name instead).
   */
  attachTail(spelling: TailSpelling): void {
    this.tail = spelling;
  }

  /** Number of stored (non-tail) ids, including the empty name. */
  get size(): number {
    return this.strings.length;
  }

  /** The id of `name` (already normalised), adding it if new. */
  intern(name: string): number {
    const hash = hashName(name);
    const known = this.lookup(name, hash);
    if (known >= 0) return known;
    if (this.tail) {
      const k = decodeTail(this.tail, name);
      if (k >= 0) return TAIL_BASE + k;
    }
    const id = this.strings.length;
    this.strings.push(name);
    if (2 * (id + 1) > this.mask + 1) this.grow();
    this.place(hash, id);
    return id;
  }

  /** The id of `name` if it is known, else -1. */
  find(name: string): number {
    const known = this.lookup(name, hashName(name));
    if (known >= 0) return known;
    if (this.tail) {
      const k = decodeTail(this.tail, name);
      if (k >= 0) return TAIL_BASE + k;
    }
    return -1;
  }

  /** The stored id of `name`, whose hash is `hash`, or −1. */
  private lookup(name: string, hash: number): number {
    const { slots, mask, strings } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const id = slots[2 * i + 1]! - 1;
      if (id < 0) return -1;
      if (slots[2 * i] === hash && strings[id] === name) return id;
    }
  }

  /** Puts id `id` (not yet in the table) in the first free slot from its hash's. */
  private place(hash: number, id: number): void {
    const { slots, mask } = this;
    let i = hash & mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = hash;
    slots[2 * i + 1] = id + 1;
  }

  /** Doubles the table and places every id again. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let i = 1; i < old.length; i += 2) if (old[i] !== 0) this.place(old[i - 1]!, old[i]! - 1);
  }

  /** The string of an id. */
  name(id: number): string {
    if (id >= TAIL_BASE) {
      if (!this.tail) throw new Error(`tail name ${id} without a tail model`);
      return spellTail(this.tail, id - TAIL_BASE);
    }
    const s = this.strings[id];
    if (s === undefined) throw new Error(`unknown name id ${id}`);
    return s;
  }

  /** True for ids of the synthetic rare-surname tail. */
  static isTail(id: number): boolean {
    return id >= TAIL_BASE;
  }
}

/** A 32-bit hash of a string's UTF-16 code units (FNV-1a, then a finalising mix). */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
