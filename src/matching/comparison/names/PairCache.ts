/**
 * A cache from a pair of name ids to a number (a score or a level), as an open-addressing hash
 * table in typed arrays: no object per entry, so millions of distinct name pairs cost 16 bytes
 * each and no garbage collection. Linear probing; the table doubles at half full.
 */
const EMPTY = 0xffffffff;

export class PairCache {
  private keysA: Uint32Array;
  private keysB: Uint32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1 << 4;
    while (capacity < initialCapacity) capacity <<= 1;
    this.keysA = new Uint32Array(capacity).fill(EMPTY);
    this.keysB = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  /** Distinct pairs stored. */
  get size(): number {
    return this.count;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    let i = h & this.mask;
    while (this.keysA[i] !== EMPTY && (this.keysA[i] !== a || this.keysB[i] !== b))
      i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for (a, b), or NaN. Ids must be below 0xffffffff. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keysA[i] === EMPTY ? NaN : this.values[i]!;
  }

  set(a: number, b: number, value: number): void {
    const i = this.slot(a, b);
    if (this.keysA[i] === EMPTY) {
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.count++;
      this.values[i] = value;
      if (this.count * 2 > this.keysA.length) this.grow();
      return;
    }
    this.values[i] = value;
  }

  /** Every stored pair, as interleaved ids (a0, b0, a1, b1, …), in table order. */
  pairs(): Uint32Array {
    const out = new Uint32Array(this.count * 2);
    let k = 0;
    for (let i = 0; i < this.keysA.length; i++) {
      if (this.keysA[i] === EMPTY) continue;
      out[k++] = this.keysA[i]!;
      out[k++] = this.keysB[i]!;
    }
    return out;
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    const capacity = keysA.length * 2;
    this.keysA = new Uint32Array(capacity).fill(EMPTY);
    this.keysB = new Uint32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keysA.length; i++) {
      if (keysA[i] === EMPTY) continue;
      const j = this.slot(keysA[i]!, keysB[i]!);
      this.keysA[j] = keysA[i]!;
      this.keysB[j] = keysB[i]!;
      this.values[j] = values[i]!;
    }
  }
}
