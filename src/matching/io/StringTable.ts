/**
 * Interns strings as small integer ids (1, 2, …; 0 is "none"), for keys that are compared by
 * equality only: street addresses, units and truth values of users' files. One table serves
 * both files of a run, so equal strings get equal ids across them.
 */
export class StringTable {
  private readonly ids = new Map<string, number>();
  /** The strings by id − 1 (the same strings the map holds: a reference each, no copy). */
  private readonly texts: string[] = [];

  get size(): number {
    return this.ids.size;
  }

  /** The id of `text`, adding it if new. */
  intern(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.ids.size + 1;
    const kept = detached(text);
    this.ids.set(kept, id);
    this.texts.push(kept);
    return id;
  }

  /** The string of id `id` (1, 2, …), as it was interned. */
  text(id: number): string {
    const text = this.texts[id - 1];
    if (text === undefined) throw new RangeError(`no string has id ${id}`);
    return text;
  }
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. A substring of a
 * parsed CSV chunk may be a view that keeps the whole chunk alive; keeping one per distinct
 * value would keep most of the file's text in memory, which streaming is meant to avoid.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
