/**
 * A small direct-mapped cache of name-pair scores: each pair hashes to one slot, and a new pair
 * replaces whatever was there. For cheap comparisons (byte-code Jaro–Winkler, ~0.1 µs) over
 * millions of mostly distinct pairs, a cache that stays in the processor's cache beats one
 * that remembers everything and misses memory on every look-up; repeated pairs (common names
 * in one block) still hit. Expensive comparisons (fuse.js) use PairCache, which keeps all.
 */
export class RecentPairCache {
  private readonly keysA: Uint32Array;
  private readonly keysB: Uint32Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  hits = 0;
  misses = 0;

  /** `bits`: log2 of the number of slots (default 2^15 slots, 512 KiB). */
  constructor(bits = 15) {
    const size = 1 << bits;
    this.keysA = new Uint32Array(size).fill(0xffffffff);
    this.keysB = new Uint32Array(size);
    this.values = new Float64Array(size);
    this.mask = size - 1;
  }

  /** The score of (a, b): cached, or computed by `compute` and remembered. */
  score(a: number, b: number, compute: (a: number, b: number) => number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    const i = h & this.mask;
    if (this.keysA[i] === a && this.keysB[i] === b) {
      this.hits++;
      return this.values[i]!;
    }
    this.misses++;
    const value = compute(a, b);
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.values[i] = value;
    return value;
  }
}
