/**
 * xoshiro128** (Blackman & Vigna, 2018): a 32-bit generator built only from 32-bit integer
 * operations (`Math.imul`, shifts, xor), so every JavaScript engine on every platform produces
 * the same stream from the same seed. Seeded through SplitMix32 so nearby seeds give unrelated
 * streams. Reference vectors in the test come from the authors' C code.
 */
/** 2^-32: multiplying by it is exact and cheaper than dividing by 2^32. */
const TWO_TO_MINUS_32 = 2 ** -32;

export class Rng {
  /**
   * The four state words. A typed array, not four fields: V8 keeps a field that outgrows a small
   * integer as a boxed number, so every step would write through a pointer.
   */
  private readonly s = new Int32Array(4);

  /** Seeds the four state words from a 32-bit `seed` and a 32-bit `stream` number. */
  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /**
   * Restarts this generator as `new Rng(seed, stream)` would start, without allocating one:
   * for streams of one record each, made by the hundred thousand.
   */
  reseed(seed: number, stream = 0): this {
    // SplitMix32, four steps written out (no closure: this runs once per record).
    const s = this.s;
    let x = (seed ^ Math.imul(stream | 0, 0x9e3779b9)) >>> 0;
    x = (x + 0x9e3779b9) | 0;
    s[0] = splitMix(x);
    x = (x + 0x9e3779b9) | 0;
    s[1] = splitMix(x);
    x = (x + 0x9e3779b9) | 0;
    s[2] = splitMix(x);
    x = (x + 0x9e3779b9) | 0;
    s[3] = splitMix(x);
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
    return this;
  }

  /** Builds a generator from raw state words, as the reference implementation is seeded. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    const rng = new Rng(0);
    rng.s[0] = s0;
    rng.s[1] = s1;
    rng.s[2] = s2;
    rng.s[3] = s3;
    return rng;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** A uniform float in [0, 1) with 32 bits of resolution. */
  nextFloat(): number {
    return this.nextUint32() * TWO_TO_MINUS_32;
  }

  /** A uniform float in [0, 1) with 53 bits of resolution (two draws). */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform integer in [0, n) for 1 ≤ n ≤ 2^21, exact (the product stays below 2^53). */
  below(n: number): number {
    return Math.floor(this.nextUint32() * n * TWO_TO_MINUS_32);
  }

  /** True with probability p (32-bit resolution). */
  chance(p: number): boolean {
    return this.nextUint32() < p * 4294967296;
  }
}

/** SplitMix32's output function. */
function splitMix(x: number): number {
  let z = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const FNV_BASIS = 0x811c9dc5;

/**
 * Mixes a seed and any number of 32-bit labels (shard index, stage number…) into one 32-bit
 * stream number, so each (seed, shard, stage) has its own independent stream.
 */
export function streamId(...labels: number[]): number {
  return streamPrefix(...labels) >>> 0;
}

/** One label folded into a stream number (the step streamId repeats). */
function fold(h: number, label: number): number {
  h = Math.imul(h ^ (label >>> 0), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** streamId(key, label), without the rest array (for one stream per record). */
export function streamOf(key: number, label: number): number {
  return fold(fold(FNV_BASIS, key), label) >>> 0;
}

/**
 * The part of streamId that labels before the last share: `streamAt(streamPrefix(a, b), c)`
 * is streamId(a, b, c). A loop that varies only the last label (a person id) folds the others
 * once, before it.
 */
export function streamPrefix(...labels: number[]): number {
  let h = FNV_BASIS;
  for (const label of labels) h = fold(h, label);
  return h;
}

/** streamId(…prefix labels, label) from `streamPrefix(…prefix labels)`. */
export function streamAt(prefix: number, label: number): number {
  return fold(prefix, label) >>> 0;
}

/** streamId(a, b, c), without the rest array. */
export function streamOf3(a: number, b: number, c: number): number {
  return fold(fold(fold(FNV_BASIS, a), b), c) >>> 0;
}

/**
 * Counter-based draws: the random number of item `index` of stream `key` is a hash of the two,
 * not the next step of a generator, so any subset of items can be drawn, in any order, and get
 * the numbers a full run would give them. The generator uses them where it may need only some
 * items (a person's names: PopulationShard.resolvePeople).
 */
export class KeyedStream {
  /** The stream's key (keyedUint32's first argument). */
  readonly key: number;
  /** Stream key of the items' own generators (a draw that needs more than one number). */
  private readonly moreKey: number;
  private readonly rng = new Rng(0);

  /** The stream labelled `labels` of `seed` (as streamId mixes them). */
  constructor(
    private readonly seed: number,
    ...labels: number[]
  ) {
    this.key = streamId(seed, ...labels);
    this.moreKey = streamId(seed, ...labels, MORE);
  }

  /** The random 32-bit number of item `index`. */
  uint32(index: number): number {
    return keyedUint32(this.key, index);
  }

  /**
   * A generator of item `index`'s further numbers, independent of `uint32(index)`: the one
   * generator of this stream, reseeded, so it is valid until the next call.
   */
  more(index: number): Rng {
    return this.rng.reseed(this.seed, keyedUint32(this.moreKey, index));
  }
}

/** Label of a keyed stream's further numbers (KeyedStream.more). */
const MORE = 0x6d6f7265;

/**
 * The random number of item `index` of keyed stream `key`: the index spread by the golden ratio
 * and mixed with MurmurHash3's 32-bit finaliser (Appleby), as SplitMix mixes its counter.
 */
export function keyedUint32(key: number, index: number): number {
  let h = key ^ Math.imul(index, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
