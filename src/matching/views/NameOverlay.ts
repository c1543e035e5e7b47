/**
 * New name strings of one agency file (typos, compound surnames, reformatted given names), kept
 * apart from the model's dictionary while the file is made. Each worker thread holds its own
 * copy of the dictionary, so interning there would give different ids in different threads;
 * instead a string the base dictionary does not know gets a local id, and the thread that
 * collects the files re-interns the local strings in shard order (AgencyFile.mergeNames). The
 * result is the same whether the files were made in one thread or many.
 */
import type { NameDictionary } from '../names/NameDictionary';
import { TAIL_BASE } from '../names/NameDictionary';
import { PairIndex } from './PairIndex';

/** First local id. Below it: interned base ids; from TAIL_BASE on: rare-surname tail ids. */
export const OVERLAY_BASE = 0x20000000;

/** True for a local id of an overlay (to be remapped when the file is merged). */
export function isOverlayId(id: number): boolean {
  return id >= OVERLAY_BASE && id < TAIL_BASE;
}

export class NameOverlay {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Compound surnames by their two parts. */
  private readonly compounds = new PairIndex();

  /** `base` is only read, never added to. */
  constructor(readonly base: NameDictionary) {}

  /** The id of `name` (normalised): the base dictionary's if it knows it, else a local one. */
  intern(name: string): number {
    const known = this.base.find(name);
    if (known >= 0) return known;
    const local = this.ids.get(name);
    if (local !== undefined) return local;
    const id = OVERLAY_BASE + this.strings.length;
    this.strings.push(name);
    this.ids.set(name, id);
    return id;
  }

  /**
   * The id of the compound surname 'FIRST SECOND' of two name ids. Always a local id, found by
   * the pair without building the string again: a compound the base dictionary (or this overlay,
   * by another way) already holds gets a second id here, which merging maps to the same one.
   */
  compound(first: number, second: number): number {
    const known = this.compounds.get(first, second);
    if (known >= 0) return known;
    const id = OVERLAY_BASE + this.strings.length;
    this.strings.push(`${this.name(first)} ${this.name(second)}`);
    this.compounds.set(first, second, id);
    return id;
  }

  /** The string of a base or local id. */
  name(id: number): string {
    return isOverlayId(id) ? localName(this.strings, id) : this.base.name(id);
  }

  /** The local strings in order of their ids. */
  localNames(): readonly string[] {
    return this.strings;
  }
}

/** The string of local id `id` in a list of local strings. */
export function localName(strings: readonly string[], id: number): string {
  const s = strings[id - OVERLAY_BASE];
  if (s === undefined) throw new Error(`unknown local name id ${id}`);
  return s;
}
