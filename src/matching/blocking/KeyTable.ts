/**
 * A hash table from blocking keys (53-bit integers held in doubles, never 0) to a number, in
 * typed arrays with linear probing: a million keys cost 12 bytes each and no objects. Keys come
 * from candidatePairs' hash, whose low 32 bits are already well mixed.
 */
export class KeyTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** Room for at least `count` keys at half load. */
  constructor(count: number) {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    let i = (key >>> 0) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of `key`, or −1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === 0 ? -1 : this.values[i]!;
  }

  /** The value of `key`, inserting `value` first if the key is new. */
  getOrInsert(key: number, value: number): number {
    const i = this.slot(key);
    if (this.keys[i] === 0) {
      this.keys[i] = key;
      this.values[i] = value;
    }
    return this.values[i]!;
  }

  /** Replaces every value v with f(v). */
  mapValues(f: (value: number) => number): void {
    for (let i = 0; i < this.keys.length; i++)
      if (this.keys[i] !== 0) this.values[i] = f(this.values[i]!);
  }
}
