/**
 * Jaro–Winkler for names compared many times over, with each name's letter masks made once
 * instead of once per pair. NameCodes' bit-parallel path sets, for every pair, one word per
 * letter of the longer name (bit j: the letter is at j) and clears them afterwards; here
 * every name keeps those words in a row of its own, indexed by a small alphabet, so a pair
 * only reads the longer name's row at the shorter name's letters. On top of that:
 *
 * - names with no letter in common score 0 at once (one blocked pair in six);
 * - letter i's window slides by one shift per letter (as rapidfuzz's does), without a branch;
 * - matched letters are walked for transpositions only when a match fell below an earlier
 *   one: matches made in order pair every letter with its own match, so none are transposed
 *   (about 85 pairs in 100 of blocked given names);
 * - the prefix bonus compares the two names' first four letters as one word;
 * - a pair's lengths, matches, transpositions and prefix come back as one small integer, and
 *   the score is made from it where it is summed (`sumAgainst`), the divisions
 *   m / la + m / lb and (m − t) / m read from tables.
 *
 * Matches, transpositions and the arithmetic are NameCodes' (and so talisman's), each term
 * the same double added in the same order, so every score is the same double; an
 * equivalence test checks it. Names longer than 16 letters, or with letters beyond the
 * alphabet's 32, are scored by NameCodes.
 */
import type { NameCodeColumns, NameCodes } from './NameCodes';

const BOOST_THRESHOLD = 0.7;
const SCALING_FACTOR = 0.1;
/**
 * Longest name held in masks: positions are bits 0…15 of a 16-bit word, which halves a
 * name's record (84 bytes), so more of the names compared stay in the processor's cache;
 * given names are almost never longer (under 1 blocked pair in 10,000 in the benchmark).
 */
const WORD_LETTERS = 16;
/** Most distinct letters the rows have room for (one mask each, bit c of the letter set). */
const ALPHABET = 32;
/**
 * Header words of a name's record: length (or the fallback flag), first four letters, the
 * set of its letters (bit c: alphabet letter c).
 */
const LENGTH = 0;
const PREFIX = 1;
const LETTER_SET = 2;
/** Then the name's letters as alphabet indices, one byte each (16 bytes in 4 words). */
const LETTERS = 3;
/** Then one 16-bit mask per alphabet letter, two to a word. */
const ROW = LETTERS + WORD_LETTERS / 4;
const FALLBACK = 1 << 8;

export class NameMasks {
  /** Per name: its header, its letters, then one position mask per alphabet letter. */
  private readonly records: Int32Array;
  private readonly letters: Uint8Array;
  private readonly masks: Uint16Array;
  private readonly stride: number;

  /**
   * Masks for the names `codeOf[0]`, `codeOf[1]`, …, which are then compared by those
   * indices; `codes` scores the names masks cannot hold.
   */
  constructor(
    private readonly codes: NameCodes,
    columns: NameCodeColumns,
    private readonly codeOf: Uint32Array,
  ) {
    const { bytes, start, length } = columns;
    // The alphabet: the bytes these names use, numbered as they first appear.
    const letterOf = new Int32Array(256).fill(-1);
    let alphabet = 0;
    for (let x = 0; x < codeOf.length; x++) {
      const s = start[codeOf[x]!]!;
      const n = length[codeOf[x]!]!;
      for (let c = 0; c < n && n <= WORD_LETTERS; c++) {
        const byte = bytes[s + c]!;
        if (letterOf[byte] === -1 && alphabet < ALPHABET) letterOf[byte] = alphabet++;
      }
    }
    this.stride = ROW + ((alphabet + 1) >> 1);
    this.records = new Int32Array(codeOf.length * this.stride);
    this.letters = new Uint8Array(this.records.buffer);
    this.masks = new Uint16Array(this.records.buffer);
    for (let x = 0; x < codeOf.length; x++) this.addName(x, bytes, start, length, letterOf);
  }

  private addName(
    x: number,
    bytes: Uint8Array,
    start: Uint32Array,
    length: Uint16Array,
    letterOf: Int32Array,
  ): void {
    const code = this.codeOf[x]!;
    const n = length[code]!;
    const s = start[code]!;
    const base = x * this.stride;
    let fallback = n > WORD_LETTERS;
    let prefix = 0;
    let letterSet = 0;
    for (let c = 0; c < n && !fallback; c++) {
      const letter = letterOf[bytes[s + c]!]!;
      if (letter < 0) {
        fallback = true;
        break;
      }
      this.letters[(base + LETTERS) * 4 + c] = letter;
      this.masks[(base + ROW) * 2 + letter] |= 1 << c;
      letterSet |= 1 << letter;
      if (c < 4) prefix |= bytes[s + c]! << (8 * c);
    }
    this.records[base + LENGTH] = fallback ? FALLBACK : n;
    this.records[base + PREFIX] = prefix;
    this.records[base + LETTER_SET] = letterSet;
  }

  /** Whether jaroWinkler(x, y) is exactly jaroWinkler(y, x) (NameCodes.symmetric). */
  symmetric(x: number, y: number): boolean {
    return this.codes.symmetric(this.codeOf[x]!, this.codeOf[y]!);
  }

  /** Jaro–Winkler similarity of names x and y (indices into `codeOf`), as talisman's. */
  jaroWinkler(x: number, y: number): number {
    const counts = this.counts(x, y);
    return counts >= 0 ? scoreOf(counts) : this.codes.jaroWinkler(this.codeOf[x]!, this.codeOf[y]!);
  }

  /** Σ of jaroWinkler(x, names[k]) over from ≤ k < to. */
  sumAgainst(x: number, names: Uint32Array, from: number, to: number): number {
    let sum = 0;
    for (let k = from; k < to; k++) {
      const counts = this.counts(x, names[k]!);
      sum +=
        counts >= 0
          ? scoreOf(counts)
          : this.codes.jaroWinkler(this.codeOf[x]!, this.codeOf[names[k]!]!);
    }
    return sum;
  }

  /**
   * What the score of x and y depends on, packed in a small integer (see `scoreOf`), or −1
   * for names masks cannot score. An integer, not the score: a double returned from a call
   * is a new number object, one per pair.
   */
  private counts(x: number, y: number): number {
    if (x === y) return SCORE_ONE;
    const records = this.records;
    const bx = x * this.stride;
    const by = y * this.stride;
    const la = records[bx + LENGTH]!;
    const lb = records[by + LENGTH]!;
    // Empty names (either both: equal, 1; or one: no matches, 0) and long ones go to NameCodes.
    if ((la | lb) >= FALLBACK || la === 0 || lb === 0) return -1;
    // No letter in common, no match (about one pair in six of blocked given names).
    if ((records[bx + LETTER_SET]! & records[by + LETTER_SET]!) === 0) return SCORE_ZERO;
    // talisman: the longer name is the first only when strictly longer (chosen without a
    // branch: which is longer is a coin toss to the processor).
    const xLonger = (lb - la) >> 31;
    const maxBase = by ^ ((bx ^ by) & xLonger);
    const minBase = bx ^ ((bx ^ by) & xLonger);
    const maxLength = lb ^ ((la ^ lb) & xLonger);
    const minLength = la ^ ((la ^ lb) & xLonger);
    const range = maxLength > 1 ? (maxLength >> 1) - 1 : 0;
    const letters = this.letters;
    const minLetters = (minBase + LETTERS) * 4;
    const masks = this.masks;
    const maxRow = (maxBase + ROW) * 2;
    // Letter i's window is bits i − range … i + range; the row has no bits past the name.
    let window = (1 << (range + 1)) - 1;
    let taken = 0;
    let matchedMin = 0;
    // Whether a match lay below an earlier one: only then can matched letters be out of order.
    let crossed = 0;
    for (let i = 0; i < minLength; i++) {
      const candidates = masks[maxRow + letters[minLetters + i]!]! & window & ~taken;
      const first = candidates & -candidates;
      crossed |= taken & -(first << 1);
      taken |= first;
      matchedMin |= ((first | -first) >>> 31) << i;
      window = (window << 1) | ((i - range) >>> 31);
    }
    if (taken === 0) return SCORE_ZERO;
    const m = bitCount(taken);
    // The matched letters of both names in order, compared pairwise; matches made in order
    // pair each letter with its own match (no transpositions).
    let transpositions = 0;
    if (crossed !== 0) {
      const maxLetters = (maxBase + LETTERS) * 4;
      while (matchedMin !== 0) {
        const i = 31 - Math.clz32(matchedMin & -matchedMin);
        const j = 31 - Math.clz32(taken & -taken);
        transpositions += letters[minLetters + i] === letters[maxLetters + j] ? 0 : 1;
        matchedMin &= matchedMin - 1;
        taken &= taken - 1;
      }
    }
    const t = (transpositions / 2) | 0;
    // Common prefix up to four letters: the first differing byte of the two prefix words
    // (none differ: −1 & 7, beyond any limit).
    const differ = records[bx + PREFIX]! ^ records[by + PREFIX]!;
    const common = ((31 - Math.clz32(differ & -differ)) >> 3) & 7;
    const limit = minLength < 4 ? minLength : 4;
    return pack(minLength, maxLength, m, t, common < limit ? common : limit);
  }
}

/** The counts of a pair in one integer: lengths 1–16 (4 bits each), m (5), t (4), prefix (3). */
function pack(minLength: number, maxLength: number, m: number, t: number, l: number): number {
  return ((((((((minLength - 1) << 4) | (maxLength - 1)) << 5) | m) << 4) | t) << 3) | l;
}

/** Equal names: m = la = lb, t = 0, so (1 + 1 + 1) / 3 = 1. No match: 0 / 3 = 0. */
const SCORE_ONE = pack(1, 1, 1, 0, 0);
const SCORE_ZERO = pack(1, 1, 0, 0, 0);

/**
 * talisman's score from a pair's counts: (m / la + m / lb + (m − t) / m) / 3, its first two
 * terms from a table (their sum is the same double either way round, so the shorter and longer
 * length decide it), then the prefix boost from 0.7 up.
 */
function scoreOf(counts: number): number {
  const lengthsAndMatches = counts >>> 7;
  const m = lengthsAndMatches & 31;
  const t = (counts >>> 3) & 15;
  const dj = (MATCH_SUMS[lengthsAndMatches]! + ORDERED[(m << 4) | t]!) / 3;
  const l = dj >= BOOST_THRESHOLD ? counts & 7 : 0;
  return dj + l * SCALING_FACTOR * (1 - dj);
}

/**
 * MATCH_SUMS[((a − 1) × 16 + b − 1) × 32 + m] = m / a + m / b, for names of a and b letters
 * (1 to 16): 64 kB, small enough to stay in cache.
 */
const MATCH_SUMS = (() => {
  const sums = new Float64Array(16 * 16 * 32);
  for (let a = 1; a <= WORD_LETTERS; a++)
    for (let b = 1; b <= WORD_LETTERS; b++)
      for (let m = 0; m <= WORD_LETTERS; m++) sums[((a - 1) * 16 + b - 1) * 32 + m] = m / a + m / b;
  return sums;
})();

/** ORDERED[m × 16 + t] = (m − t) / m, for m matches and t (half the) transpositions. */
const ORDERED = (() => {
  const ordered = new Float64Array(32 * 16);
  for (let m = 1; m < 32; m++) for (let t = 0; t < 16; t++) ordered[m * 16 + t] = (m - t) / m;
  return ordered;
})();

function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
