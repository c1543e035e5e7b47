/**
 * Names as byte codes for the hot path of comparison: every name stored once in one
 * Uint8Array (names are upper-case Latin letters, spaces, hyphens and apostrophes), and
 * Jaro–Winkler computed on those bytes with reused scratch arrays — no strings or arrays are
 * allocated per pair. The arithmetic repeats talisman's step for step (same operations in the
 * same order), so scores are identical to `jaroWinkler()`; an equivalence test checks it.
 */
const BOOST_THRESHOLD = 0.7;
const SCALING_FACTOR = 0.1;

export class NameCodes {
  private readonly bytes: Uint8Array;
  private readonly start: Uint32Array;
  private readonly length: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly indexes: Int32Array;
  private readonly ms1: Uint8Array;
  private readonly ms2: Uint8Array;

  /** `names[k]` is the name of code k. */
  constructor(names: readonly string[]) {
    let total = 0;
    let longest = 1;
    for (const name of names) {
      total += name.length;
      longest = Math.max(longest, name.length);
    }
    this.bytes = new Uint8Array(total);
    this.start = new Uint32Array(names.length);
    this.length = new Uint16Array(names.length);
    let at = 0;
    names.forEach((name, k) => {
      this.start[k] = at;
      this.length[k] = name.length;
      for (let c = 0; c < name.length; c++) this.bytes[at++] = name.charCodeAt(c) & 0xff;
    });
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

  private jaro(sa: number, la: number, sb: number, lb: number): number {
    const bytes = this.bytes;
    // talisman: max is `a` only when strictly longer.
    const aLonger = la > lb;
    const maxStart = aLonger ? sa : sb;
    const maxLength = aLonger ? la : lb;
    const minStart = aLonger ? sb : sa;
    const minLength = aLonger ? lb : la;
    const range = Math.max(((maxLength / 2) | 0) - 1, 0);
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
