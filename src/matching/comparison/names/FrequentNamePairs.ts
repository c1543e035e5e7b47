/**
 * Name scores through ranks by frequency: names renumbered so the commonest come first, and a
 * table of scores for pairs of the K commonest, filled on first use. In two files of a
 * million records, about half of the pairs blocked on surname and birth year are of two names
 * among the 1,024 commonest, and a pair of common names recurs in block after block (JOHN ×
 * MICHAEL in every surname), so the table turns millions of repeat computations into
 * look-ups; rare names are scored directly.
 */

/** Ranks of the name codes that occur in `columns` (commonest 0), and the code of each rank. */
export interface NameRanks {
  /** rankOf[code]: the code's rank, or −1 where the code does not occur. */
  rankOf: Int32Array;
  /** codeOf[rank]: the code of a rank. */
  codeOf: Uint32Array;
}

/** Counts below this are sorted by counting; larger ones (rare) by comparison. */
const COUNT_BUCKETS = 1 << 16;

/**
 * Ranks by count (ties: lower code first) of the codes counted in `counts` (those above 0),
 * by a counting sort on the count: no comparisons but among names counted 65,536 times or
 * more. Every name gets its place, so the names a table keeps next to each other are those
 * met about as often.
 */
export function rankNames(counts: Uint32Array): NameRanks {
  const codeCount = counts.length;
  // before[c]: how many names are counted more than c (then: the next rank for count c).
  const before = new Uint32Array(COUNT_BUCKETS + 1);
  const large: number[] = [];
  for (let code = 0; code < codeCount; code++) {
    const count = counts[code]!;
    if (count >= COUNT_BUCKETS) large.push(code);
    else if (count > 0) before[count]!++;
  }
  large.sort((a, b) => counts[b]! - counts[a]! || a - b);
  let above = large.length;
  for (let c = COUNT_BUCKETS - 1; c > 0; c--) {
    const names = before[c]!;
    before[c] = above;
    above += names;
  }
  const codeOf = new Uint32Array(above);
  const rankOf = new Int32Array(codeCount).fill(-1);
  for (let rank = 0; rank < large.length; rank++) {
    rankOf[large[rank]!] = rank;
    codeOf[rank] = large[rank]!;
  }
  for (let code = 0; code < codeCount; code++) {
    const count = counts[code]!;
    if (count === 0 || count >= COUNT_BUCKETS) continue;
    const rank = before[count]!++;
    rankOf[code] = rank;
    codeOf[rank] = code;
  }
  return { rankOf, codeOf };
}

/** How often each code below `codeCount` occurs in `columns`. */
export function countNames(columns: readonly Uint32Array[], codeCount: number): Uint32Array {
  const counts = new Uint32Array(codeCount);
  for (const column of columns) for (let i = 0; i < column.length; i++) counts[column[i]!]!++;
  return counts;
}

/** Scores of two names by rank, and whether a pair's score is the same either way round. */
export interface RankScores {
  jaroWinkler(a: number, b: number): number;
  /** Σ of jaroWinkler(a, names[k]) over from ≤ k < to. */
  sumAgainst(a: number, names: Uint32Array, from: number, to: number): number;
  symmetric(a: number, b: number): boolean;
}

/** Distinct scores the table can name (its cells are 16-bit; 0 = not yet known). */
const MAX_SCORES = 1 << 15;

/**
 * Scores of rank pairs, remembered in a K×K table for the K commonest (K a power of two).
 * A cell holds a 16-bit number for its score, not the score: two names' Jaro–Winkler is one
 * of a few thousand values (it depends only on the lengths, matches, transpositions and
 * common prefix), and cells a quarter the size keep four times as many pairs in the
 * processor's cache. Should more distinct scores turn up than cells can name, the rest are
 * computed every time.
 */
export class FrequentPairScores {
  private readonly cells: Uint16Array;
  private readonly shift: number;
  /** values[n]: the score numbered n (from 1). */
  private readonly values = new Float64Array(MAX_SCORES);
  /** Open-addressing index of `values`, by the score's bits. */
  private readonly numberOf = new Uint16Array(MAX_SCORES * 2);
  private readonly bits = new Uint32Array(this.values.buffer);
  private distinct = 0;
  /** A block's right names: those with a column in the table from 0, the others from `size`. */
  private blockNames = new Uint32Array(2048);
  /** Scores computed (table misses and pairs outside it). */
  computed = 0;

  /**
   * @param scores scores by rank; where `symmetric` says a pair scores the same either way
   *   round, one computation fills both cells.
   */
  constructor(
    private readonly scores: RankScores,
    private readonly k = 1024,
  ) {
    if ((k & (k - 1)) !== 0) throw new RangeError('k must be a power of two');
    this.shift = 31 - Math.clz32(k);
    this.cells = new Uint16Array(k * k);
  }

  /**
   * Σ of scores over every pair of left[leftFrom…leftTo) × right[rightFrom…rightTo) (ranks):
   * the right names are split into those with a row in the table and the rest, so each loop
   * below either reads the table or computes, without a choice per pair.
   */
  blockSum(
    left: Uint32Array,
    leftFrom: number,
    leftTo: number,
    right: Uint32Array,
    rightFrom: number,
    rightTo: number,
  ): number {
    const size = rightTo - rightFrom;
    if (size * 2 > this.blockNames.length) this.blockNames = new Uint32Array(size * 4);
    const names = this.blockNames;
    let common = 0;
    let rare = size;
    for (let r = rightFrom; r < rightTo; r++) {
      const b = right[r]!;
      const isCommon = b < this.k ? 1 : 0;
      names[common] = b;
      names[rare] = b;
      common += isCommon;
      rare += 1 - isCommon;
    }
    const scores = this.scores;
    const cells = this.cells;
    const values = this.values;
    let sum = 0;
    for (let l = leftFrom; l < leftTo; l++) {
      const a = left[l]!;
      if (a < this.k) {
        const row = a << this.shift;
        for (let r = 0; r < common; r++) {
          const at = row | names[r]!;
          const known = cells[at]!;
          sum += known !== 0 ? values[known]! : this.fill(a, names[r]!, at);
        }
      } else {
        sum += scores.sumAgainst(a, names, 0, common);
        this.computed += common;
      }
      sum += scores.sumAgainst(a, names, size, rare);
      this.computed += rare - size;
    }
    return sum;
  }

  /** The score of the names of ranks a and b. */
  get(a: number, b: number): number {
    if ((a | b) < this.k) {
      const at = (a << this.shift) | b;
      const known = this.cells[at]!;
      if (known !== 0) return this.values[known]!;
      return this.fill(a, b, at);
    }
    this.computed++;
    return this.scores.jaroWinkler(a, b);
  }

  private fill(a: number, b: number, at: number): number {
    this.computed++;
    const value = this.scores.jaroWinkler(a, b);
    const number = this.numbered(value);
    if (number !== 0) {
      this.cells[at] = number;
      if (this.scores.symmetric(a, b)) this.cells[(b << this.shift) | a] = number;
    }
    return value;
  }

  /** The number of a score (numbering it if new), or 0 when the numbers have run out. */
  private numbered(value: number): number {
    const slots = this.numberOf.length - 1;
    this.values[0] = value;
    let slot = (Math.imul(this.bits[0]! ^ this.bits[1]!, 0x9e3779b1) >>> 16) & slots;
    for (;;) {
      const number = this.numberOf[slot]!;
      if (number === 0) break;
      if (this.values[number] === value) return number;
      slot = (slot + 1) & slots;
    }
    if (this.distinct === MAX_SCORES - 1) return 0;
    const number = ++this.distinct;
    this.values[number] = value;
    this.numberOf[slot] = number;
    return number;
  }
}
