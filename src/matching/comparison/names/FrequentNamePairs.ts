/**
 * Name scores through ranks by frequency: names renumbered so the commonest come first, and a
 * dense table of scores for pairs of the K commonest, filled on first use. In two files of a
 * million records, about three quarters of given names are among the 1,024 commonest, and a
 * pair of common names recurs in block after block (JOHN × MICHAEL in every surname), so the
 * table turns millions of repeat computations into look-ups; rare names are scored directly.
 */

/** Ranks of the name codes that occur in `columns` (commonest 0), and the code of each rank. */
export interface NameRanks {
  /** rankOf[code]: the code's rank, or −1 where the code does not occur. */
  rankOf: Int32Array;
  /** codeOf[rank]: the code of a rank. */
  codeOf: Uint32Array;
}

/** Ranks by count (ties: lower code first) of codes counted by `countNames`. */
export function rankNames(counts: Uint32Array): NameRanks {
  const codeCount = counts.length;
  const present: number[] = [];
  for (let code = 0; code < codeCount; code++) if (counts[code]! > 0) present.push(code);
  present.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const codeOf = Uint32Array.from(present);
  const rankOf = new Int32Array(codeCount).fill(-1);
  for (let r = 0; r < codeOf.length; r++) rankOf[codeOf[r]!] = r;
  return { rankOf, codeOf };
}

/** How often each code below `codeCount` occurs in `columns`. */
export function countNames(columns: readonly Uint32Array[], codeCount: number): Uint32Array {
  const counts = new Uint32Array(codeCount);
  for (const column of columns) for (let i = 0; i < column.length; i++) counts[column[i]!]!++;
  return counts;
}

/** Scores of rank pairs, remembered in a K×K table for the K commonest (K a power of two). */
export class FrequentPairScores {
  private readonly table: Float64Array;
  /** Scores computed (table misses and pairs outside it). */
  computed = 0;

  /**
   * @param symmetric whether score(a, b) is exactly score(b, a) for codes a and b (then one
   *   computation fills both cells). Jaro–Winkler is when the names' lengths differ.
   */
  constructor(
    private readonly codeOf: Uint32Array,
    private readonly score: (a: number, b: number) => number,
    private readonly k = 1024,
    private readonly symmetric: (a: number, b: number) => boolean = () => false,
  ) {
    if ((k & (k - 1)) !== 0) throw new RangeError('k must be a power of two');
    this.table = new Float64Array(k * k).fill(NaN);
  }

  /** The score of the names of ranks a and b. */
  get(a: number, b: number): number {
    if ((a | b) < this.k) {
      const at = a * this.k + b;
      const known = this.table[at]!;
      if (known === known) return known;
      this.computed++;
      const ca = this.codeOf[a]!;
      const cb = this.codeOf[b]!;
      const value = this.score(ca, cb);
      this.table[at] = value;
      if (this.symmetric(ca, cb)) this.table[b * this.k + a] = value;
      return value;
    }
    this.computed++;
    return this.score(this.codeOf[a]!, this.codeOf[b]!);
  }
}
