/**
 * A lower bound on a fuse.js score that costs a few additions, so the replay's name matches can
 * skip the pairs that cannot win without running fuse.js on them — and still find exactly the
 * pairs, scores and ties that scoring everything would.
 *
 * Why it holds (fuse.js 7, the options of fuseScore.ts): Fuse's score of a query against one
 * name is `raw ^ norm`, where `raw = max(0.001, errors / query length)` — `errors` being the
 * fewest edits that turn the query into some stretch of the name (its Bitap search) — and
 * `norm = round(1000 / √tokens) / 1000` counts the name's words (its field norm), so
 * 0 < norm ≤ 1. Every letter the query has more often than the whole name must be edited away,
 * so `errors ≥ deficit = Σ_c max(0, query_c − name_c)` over the characters c. Hence
 *
 *   score ≥ max(0.001, deficit / length) ^ norm        for names that are not identical,
 *
 * and 0 for identical ones (Fuse's own shortcut). The bound is only used where it is proven:
 * normalised queries (normaliseName: A–Z, hyphen, space) of at most 32 characters (longer ones
 * Fuse splits into chunks and averages); a query with any character nameSlot does not know gets
 * the bound 0, which prunes nothing. fuseScore normalises what it is given, so a query that is
 * not normalised (an apostrophe, which normaliseName drops) may be bounded above its score:
 * every caller passes normalised names. Upper case only: the edit-distance bound
 * compares characters as they are while Fuse folds case, so a lower-case name gets no bound.
 * test/…/fuseBound.test.ts checks it against fuse.js on pairs.
 */
import { NAME_ALPHABET, nameSlot } from '../../names/NameDictionary';

const ALPHABET = NAME_ALPHABET;
/** Longest query fuse.js scores in one Bitap chunk. */
const MAX_PATTERN = 32;

/** fuse.js's field norm of a name: round(1000 / √words) / 1000 (words split on blanks). */
export function fuseFieldNorm(name: string): number {
  let tokens = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const blank = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!blank && !inWord) tokens++;
    inWord = !blank;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, tokens))) / 1000;
}

/**
 * Letter counts and field norms of many names, packed (ALPHABET counts a name). A name with a
 * character outside the alphabet gets norm 0, which makes every bound against it 0: fuse.js
 * might fold that character into a letter.
 */
export class NameLetterCounts {
  readonly counts: Uint8Array;
  readonly norms: Float64Array;

  constructor(readonly names: readonly string[]) {
    this.counts = new Uint8Array(names.length * ALPHABET);
    this.norms = new Float64Array(names.length);
    names.forEach((name, k) => {
      const base = k * ALPHABET;
      let known = true;
      for (let i = 0; i < name.length && known; i++) {
        const slot = nameSlot(name.charCodeAt(i));
        if (slot < 0 || this.counts[base + slot] === 255) known = false;
        else this.counts[base + slot]!++;
      }
      this.norms[k] = known ? fuseFieldNorm(name) : 0;
    });
  }
}

/** One query, ready to bound its fuse.js score against any name of a NameLetterCounts. */
export class FuseBound {
  /** Slots the query uses and how often; empty when the bound cannot be proven (bound 0). */
  private readonly slots: number[] = [];
  private readonly times: number[] = [];
  private readonly length: number;
  /** Per alphabet slot: bit i set where the query has that character (Myers' Peq). */
  private readonly positions = new Int32Array(ALPHABET);

  constructor(readonly query: string) {
    this.length = query.length;
    if (query.length === 0 || query.length > MAX_PATTERN) return;
    const counts = new Uint8Array(ALPHABET);
    for (let i = 0; i < query.length; i++) {
      const slot = nameSlot(query.charCodeAt(i));
      if (slot < 0) return;
      counts[slot]!++;
      this.positions[slot]! |= 1 << i;
    }
    counts.forEach((n, slot) => {
      if (n > 0) {
        this.slots.push(slot);
        this.times.push(n);
      }
    });
  }

  /** A score the query's fuse.js score against name k of `names` cannot be below. */
  against(names: NameLetterCounts, k: number): number {
    if (this.slots.length === 0) return 0;
    const base = k * ALPHABET;
    const counts = names.counts;
    let deficit = 0;
    for (let s = 0; s < this.slots.length; s++) {
      const lack = this.times[s]! - counts[base + this.slots[s]!]!;
      if (lack > 0) deficit += lack;
    }
    const norm = names.norms[k]!;
    if (deficit === 0 || norm === 0) return 0;
    return Math.pow(Math.max(0.001, deficit / this.length), norm);
  }

  /**
   * A tighter bound, at the cost of an edit-distance computation: the fewest edits that turn
   * the query into some stretch of name k (Sellers' problem: the stretch may start and end
   * anywhere), which Fuse's Bitap search can match but not beat. Equal to the letter bound or
   * above it; use it on the candidates the letter bound lets through.
   *
   * Computed with Myers' bit-vector algorithm (J. ACM 46(3), 1999, in Hyyrö's formulation): the
   * table's column of up to 32 query rows is held as two words of +1/−1 vertical steps, so each
   * character of the name costs a few word operations instead of a pass over the column. Only
   * the bottom row's value, the edits of the whole query, is tracked.
   */
  edits(names: NameLetterCounts, k: number): number {
    const norm = names.norms[k]!;
    if (this.slots.length === 0 || norm === 0) return 0;
    const text = names.names[k]!;
    const m = this.length;
    const last = 1 << (m - 1);
    let up = -1; // Pv: every step down the first column is +1 (the column 0, 1, …, m)
    let down = 0; // Mv
    let edits = m;
    let fewest = m;
    for (let j = 0; j < text.length; j++) {
      const slot = nameSlot(text.charCodeAt(j));
      const equal = slot < 0 ? 0 : this.positions[slot]!;
      const xv = equal | down;
      const xh = ((((equal & up) + up) | 0) ^ up) | equal;
      let right = down | ~(xh | up); // Ph
      let left = up & xh; // Mh
      if (right & last) edits++;
      else if (left & last) edits--;
      // The top row is all zeros (a stretch may start anywhere): nothing is shifted in.
      right <<= 1;
      left <<= 1;
      up = left | ~(xv | right);
      down = right & xv;
      if (edits < fewest) fewest = edits;
    }
    if (fewest === 0 && text === this.query) return 0;
    return Math.pow(Math.max(0.001, fewest / m), norm);
  }

  /** The bound against one name (for a pair scored alone). */
  againstName(name: string): number {
    return this.against(new NameLetterCounts([name]), 0);
  }
}
