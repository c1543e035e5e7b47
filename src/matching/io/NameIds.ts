/**
 * Name ids of raw cells. A file repeats its common names thousands of times, so each distinct
 * spelling is normalised once and remembered (up to MAX_CACHED spellings, then forgotten and
 * started afresh, so a file of millions of rare names cannot grow the cache without bound).
 */
import { NO_NAME, normaliseName, type NameDictionary } from '../names/NameDictionary';
import { detached } from './StringTable';

const MAX_CACHED = 1 << 16;

export class NameIds {
  private readonly cache = new Map<string, number>();

  constructor(private readonly names: NameDictionary) {}

  /** The id of `raw`'s normalised name; NO_NAME when nothing of it is left (empty, Hangul). */
  of(raw: string): number {
    let id = this.cache.get(raw);
    if (id === undefined) {
      const name = normaliseName(raw);
      const known = this.names.find(name);
      id = name === '' ? NO_NAME : known >= 0 ? known : this.names.intern(detached(name));
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(detached(raw), id);
    }
    return id;
  }
}
