/**
 * Interns strings as small integer ids (1, 2, …; 0 is "none"), for keys that are compared by
 * equality only: street addresses, units and truth values of users' files. One table serves
 * both files of a run, so equal strings get equal ids across them.
 */
export class StringTable {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The id of `text`, adding it if new. */
  intern(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.ids.size + 1;
    this.ids.set(detached(text), id);
    return id;
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
