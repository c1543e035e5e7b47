/**
 * Names as byte codes for the hot path of comparison: every name stored once in one
 * Uint8Array (names are upper-case Latin letters, spaces, hyphens and apostrophes), and
 * Jaro–Winkler computed on those bytes with reused scratch arrays — no strings or arrays are
 * allocated per pair. Matching letters are found bit-parallel (one 32-bit word holds the
 * positions of a letter in the longer name) for names up to 31 letters, letter by letter
 * beyond; both find the same matches as talisman's greedy scan (the first unmatched position
 * in a window is the lowest set bit), and the final arithmetic repeats talisman's in the same
 * order, so scores are identical to `jaroWinkler()`; an equivalence test checks it.
 *
 * The three arrays can live in SharedArrayBuffers (`nameCodeColumns`), so threads share one
 * copy instead of cloning every name string.
 */
const BOOST_THRESHOLD = 0.7;
const SCALING_FACTOR = 0.1;
/** Longest name matched bit-parallel (positions are bits 0…30 of a 32-bit word). */
const WORD_LETTERS = 31;

/** The arrays NameCodes is made of (plain or shared memory). */
export interface NameCodeColumns {
  bytes: Uint8Array;
  start: Uint32Array;
  length: Uint16Array;
}

/** Byte codes of `names` (code k is names[k]), in buffers made by `allocate`. */
export function nameCodeColumns(
  names: readonly string[],
  allocate: (bytes: number) => ArrayBufferLike = (n) => new ArrayBuffer(n),
): NameCodeColumns {
  let total = 0;
  for (const name of names) total += name.length;
  const bytes = new Uint8Array(allocate(total));
  const start = new Uint32Array(allocate(names.length * 4));
  const length = new Uint16Array(allocate(names.length * 2));
  let at = 0;
  names.forEach((name, k) => {
    start[k] = at;
    length[k] = name.length;
    for (let c = 0; c < name.length; c++) bytes[at++] = name.charCodeAt(c) & 0xff;
  });
  return { bytes, start, length };
}

function isColumns(x: readonly string[] | NameCodeColumns): x is NameCodeColumns {
  return !Array.isArray(x);
}

export class NameCodes {
  private readonly bytes: Uint8Array;
  private readonly start: Uint32Array;
  private readonly length: Uint16Array;
  /** Per byte value: the positions of that letter in the longer name (bit-parallel path). */
  private readonly positions = new Int32Array(256);
  private readonly flags: Uint8Array;
  private readonly indexes: Int32Array;
  private readonly ms1: Uint8Array;
  private readonly ms2: Uint8Array;

  /** `names[k]` is the name of code k (or the columns of nameCodeColumns). */
  constructor(names: readonly string[] | NameCodeColumns) {
    const columns = isColumns(names) ? names : nameCodeColumns(names);
    this.bytes = columns.bytes;
    this.start = columns.start;
    this.length = columns.length;
    let longest = 1;
    for (let k = 0; k < this.length.length; k++) longest = Math.max(longest, this.length[k]!);
    this.flags = new Uint8Array(longest);
    this.indexes = new Int32Array(longest);
    this.ms1 = new Uint8Array(longest);
    this.ms2 = new Uint8Array(longest);
  }

  /** Jaro–Winkler similarity of names a and b (codes), as talisman computes it. */
  jaroWinkler(a: number, b: number): number {
    if (a === b) return 1;
    const la = this.length[a]!;
    const lb = this.length[b]!;
    const sa = this.start[a]!;
    const sb = this.start[b]!;
    const bytes = this.bytes;
    if (la === lb) {
      let same = true;
      for (let c = 0; c < la; c++) {
        if (bytes[sa + c] !== bytes[sb + c]) {
          same = false;
          break;
        }
      }
      if (same) return 1;
    }
    const dj = this.jaro(sa, la, sb, lb);
    if (dj < BOOST_THRESHOLD) return dj;
    const prefixLimit = Math.min(la, lb, 4);
    let l = 0;
    for (let c = 0; c < prefixLimit; c++) {
      if (bytes[sa + c] === bytes[sb + c]) l++;
      else break;
    }
    return dj + l * SCALING_FACTOR * (1 - dj);
  }

  /**
   * Whether jaroWinkler(a, b) is exactly jaroWinkler(b, a): when the lengths differ, the
   * longer name plays the same part either way and the sums only change order.
   */
  symmetric(a: number, b: number): boolean {
    return this.length[a] !== this.length[b];
  }

  /** The arrays behind these codes, to share with other threads. */
  get columns(): NameCodeColumns {
    return { bytes: this.bytes, start: this.start, length: this.length };
  }

  private jaro(sa: number, la: number, sb: number, lb: number): number {
    // talisman: max is `a` only when strictly longer.
    const aLonger = la > lb;
    const maxStart = aLonger ? sa : sb;
    const maxLength = aLonger ? la : lb;
    const minStart = aLonger ? sb : sa;
    const minLength = aLonger ? lb : la;
    const range = Math.max(((maxLength / 2) | 0) - 1, 0);
    if (maxLength <= WORD_LETTERS)
      return this.jaroWord(minStart, minLength, maxStart, maxLength, range, la, lb);
    return this.jaroScan(minStart, minLength, maxStart, maxLength, range, la, lb);
  }

  /**
   * Bit-parallel matching: bit j of `positions[c]` says the longer name has letter c at j; the
   * first unmatched match in i's window is the lowest set bit of positions & window & ~taken.
   */
  private jaroWord(
    minStart: number,
    minLength: number,
    maxStart: number,
    maxLength: number,
    range: number,
    la: number,
    lb: number,
  ): number {
    const bytes = this.bytes;
    const positions = this.positions;
    for (let j = 0; j < maxLength; j++) positions[bytes[maxStart + j]!]! |= 1 << j;
    let taken = 0;
    let matchedMin = 0;
    let matches = 0;
    // Branch-free: whether a letter matches is unpredictable, a mispredicted branch costly.
    for (let i = 0; i < minLength; i++) {
      const lo = i > range ? i - range : 0;
      const hi = i + range + 1 < maxLength ? i + range + 1 : maxLength;
      const window = lo < hi ? (-1 >>> (32 - (hi - lo))) << lo : 0;
      const candidates = positions[bytes[minStart + i]!]! & window & ~taken;
      const hit = (candidates | -candidates) >>> 31;
      taken |= candidates & -candidates;
      matchedMin |= hit << i;
      matches += hit;
    }
    for (let j = 0; j < maxLength; j++) positions[bytes[maxStart + j]!] = 0;
    if (!matches) return 0;
    // The matched letters of both names in order, compared pairwise.
    let transpositions = 0;
    while (matchedMin !== 0) {
      const i = 31 - Math.clz32(matchedMin & -matchedMin);
      const j = 31 - Math.clz32(taken & -taken);
      transpositions += bytes[minStart + i] === bytes[maxStart + j] ? 0 : 1;
      matchedMin &= matchedMin - 1;
      taken &= taken - 1;
    }
    const t = (transpositions / 2) | 0;
    const m = matches;
    return (m / la + m / lb + (m - t) / m) / 3;
  }

  private jaroScan(
    minStart: number,
    minLength: number,
    maxStart: number,
    maxLength: number,
    range: number,
    la: number,
    lb: number,
  ): number {
    const bytes = this.bytes;
    const flags = this.flags;
    const indexes = this.indexes;
    flags.fill(0, 0, maxLength);
    indexes.fill(-1, 0, minLength);
    let matches = 0;
    for (let i = 0; i < minLength; i++) {
      const character = bytes[minStart + i];
      const xn = Math.min(i + range + 1, maxLength);
      for (let j = Math.max(i - range, 0); j < xn; j++) {
        if (flags[j] === 0 && character === bytes[maxStart + j]) {
          indexes[i] = j;
          flags[j] = 1;
          matches++;
          break;
        }
      }
    }
    if (!matches) return 0;
    let k = 0;
    for (let i = 0; i < minLength; i++) if (indexes[i] !== -1) this.ms1[k++] = bytes[minStart + i]!;
    k = 0;
    for (let j = 0; j < maxLength; j++) if (flags[j]) this.ms2[k++] = bytes[maxStart + j]!;
    let transpositions = 0;
    for (let i = 0; i < matches; i++) if (this.ms1[i] !== this.ms2[i]) transpositions++;
    const t = (transpositions / 2) | 0;
    const m = matches;
    return (m / la + m / lb + (m - t) / m) / 3;
  }
}
