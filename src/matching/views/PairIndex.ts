/**
 * A hash table from a pair of 32-bit ids to a value, in typed arrays (open addressing, linear
 * probing), so the record generator can look up a compound surname by its two parts without
 * building its string or allocating per look-up.
 */
const EMPTY = -1;

export class PairIndex {
  private firsts: Uint32Array;
  private seconds: Uint32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.firsts = new Uint32Array(size);
    this.seconds = new Uint32Array(size);
    this.values = new Int32Array(size).fill(EMPTY);
  }

  /** The value stored for (first, second), or −1. */
  get(first: number, second: number): number {
    return this.values[this.slot(first, second)]!;
  }

  /** Stores a non-negative value for (first, second). */
  set(first: number, second: number, value: number): void {
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    const at = this.slot(first, second);
    if (this.values[at] === EMPTY) this.count++;
    this.firsts[at] = first;
    this.seconds[at] = second;
    this.values[at] = value;
  }

  /** The slot holding (first, second), or the empty slot where it would go. */
  private slot(first: number, second: number): number {
    const mask = this.values.length - 1;
    let h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const value = this.values[at]!;
      if (value === EMPTY || (this.firsts[at] === first && this.seconds[at] === second)) return at;
    }
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Uint32Array(values.length * 2);
    this.seconds = new Uint32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(EMPTY);
    this.count = 0;
    for (let at = 0; at < values.length; at++)
      if (values[at] !== EMPTY) this.set(firsts[at]!, seconds[at]!, values[at]!);
  }
}
