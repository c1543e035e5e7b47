/**
 * Items waiting to be evaluated, lowest key first: a binary min-heap over two typed arrays, for
 * searches that refine a lower bound in steps (fuseBest.ts) and must always work on the item
 * whose bound is lowest. Equal keys leave in no particular order.
 */
export class BoundQueue {
  private readonly keys: Float64Array;
  private readonly items: Uint32Array;
  private count = 0;

  /** A queue that never holds more than `capacity` items at once. */
  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The lowest key; the queue must not be empty. */
  lowestKey(): number {
    return this.keys[0]!;
  }

  push(key: number, item: number): void {
    let at = this.count++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[at] = this.keys[parent]!;
      this.items[at] = this.items[parent]!;
      at = parent;
    }
    this.keys[at] = key;
    this.items[at] = item;
  }

  /** Removes the item of the lowest key and returns it; the queue must not be empty. */
  pop(): number {
    const top = this.items[0]!;
    const last = --this.count;
    const key = this.keys[last]!;
    const item = this.items[last]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[at] = this.keys[child]!;
      this.items[at] = this.items[child]!;
      at = child;
    }
    this.keys[at] = key;
    this.items[at] = item;
    return top;
  }
}
