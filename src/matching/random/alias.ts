/**
 * Walker's alias method in Vose's stable form: after O(n) set-up, each draw costs one 32-bit
 * random number and one memory access, whatever n is.
 *
 * A draw computes x = u·n for a uniform 32-bit u: ⌊x / 2^32⌋ picks the cell and the remainder,
 * uniform in [0, 2^32) in steps of n, is the coin that decides between the cell's own value and
 * its alias. Each cell stores (threshold, value, alias value) side by side so a draw touches one
 * cache line. The coin's resolution is n / 2^32 (2·10⁻⁵ for 100,000 names): far below any
 * sampling error a simulation can see.
 */
import type { Rng } from './prng';

const MAX_SIZE = 2 ** 21;
const ALWAYS = 0xffffffff;
const TWO_TO_MINUS_32 = 2 ** -32;

/** One flat table: every cell equally likely to be touched. */
class FlatAlias {
  readonly size: number;
  /** Per cell: threshold, value if accepted, value if not. */
  private readonly cells: Uint32Array;

  /**
   * `weights` need not be normalised; zero weights are never drawn. `values` (default: the
   * indices) are what a draw returns, so callers can store name ids directly.
   */
  constructor(allWeights: ArrayLike<number>, allValues?: ArrayLike<number>) {
    if (allValues && allValues.length !== allWeights.length)
      throw new Error('AliasTable needs one value per weight');
    // Zero weights are never drawn: leave them out, so rounding can never hand them a cell.
    const weights: number[] = [];
    const values: number[] = [];
    let total = 0;
    for (let i = 0; i < allWeights.length; i++) {
      const w = allWeights[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weight ${i} is ${w}`);
      if (w === 0) continue;
      weights.push(w);
      values.push(allValues ? allValues[i]! : i);
      total += w;
    }
    const n = weights.length;
    if (n === 0 || total <= 0) throw new Error('AliasTable needs a positive total weight');
    if (n > MAX_SIZE) throw new Error(`AliasTable supports at most 2^21 entries, got ${n}`);
    this.size = n;
    const threshold = new Uint32Array(n);
    const alias = new Uint32Array(n);
    const scaled = new Float64Array(n);
    const small = new Uint32Array(n);
    const large = new Uint32Array(n);
    let ns = 0;
    let nl = 0;
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i]! * n) / total;
      if (scaled[i]! < 1) small[ns++] = i;
      else large[nl++] = i;
    }
    while (ns > 0 && nl > 0) {
      const s = small[--ns]!;
      const l = large[nl - 1]!;
      threshold[s] = Math.floor(scaled[s]! * 4294967296);
      alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      if (scaled[l]! < 1) {
        nl--;
        small[ns++] = l;
      }
    }
    // What is left has probability 1 up to rounding: always accept.
    while (nl > 0) {
      const l = large[--nl]!;
      threshold[l] = ALWAYS;
      alias[l] = l;
    }
    while (ns > 0) {
      const s = small[--ns]!;
      threshold[s] = ALWAYS;
      alias[s] = s;
    }
    this.cells = new Uint32Array(3 * n);
    for (let i = 0; i < n; i++) {
      this.cells[3 * i] = threshold[i]!;
      this.cells[3 * i + 1] = values[i]!;
      this.cells[3 * i + 2] = values[alias[i]!]!;
    }
  }

  /** Draws a value (by default an index) with probability proportional to its weight. */
  sample(rng: Rng): number {
    const x = rng.nextUint32() * this.size;
    // Multiplying by 2^-32 is exact and far cheaper than dividing.
    const i = Math.floor(x * TWO_TO_MINUS_32);
    const coin = x - i * 4294967296;
    const c = 3 * i;
    const cells = this.cells;
    return coin < cells[c]! || cells[c]! === ALWAYS ? cells[c + 1]! : cells[c + 2]!;
  }

  /** The probability of drawing `value` implied by the cells (to the coin's resolution). */
  probability(value: number): number {
    let p = 0;
    for (let i = 0; i < this.size; i++) {
      const t = this.cells[3 * i]!;
      const accept = t === ALWAYS ? 1 : t / 4294967296;
      if (this.cells[3 * i + 1] === value) p += accept;
      if (this.cells[3 * i + 2] === value) p += 1 - accept;
    }
    return p / this.size;
  }
}

/** Entries kept in the head table: 2,047 values and one "look in the tail" cell, 24 KiB. */
const HEAD = 2047;
const TO_TAIL = 0xfffffffe;

/**
 * An alias sampler that stays fast on large tables. A flat alias table touches a uniformly random
 * cell, so a table of 160,000 surnames misses the cache on almost every draw. Here the heaviest
 * 2,047 entries, which carry most of the probability of name tables, sit in a small head table
 * that stays in cache; the rest are drawn from a tail table only when the head says so. The
 * distribution is exactly the one given (a mixture of head and tail with their true masses).
 */
export class AliasTable {
  readonly size: number;
  private readonly head: FlatAlias;
  private readonly tail: FlatAlias | null;

  constructor(weights: ArrayLike<number>, values?: ArrayLike<number>) {
    const n = weights.length;
    this.size = n;
    for (let i = 0; values && i < n; i++) {
      if (values[i] === TO_TAIL) throw new Error('AliasTable value 0xfffffffe is reserved');
    }
    if (n <= HEAD + 1) {
      this.head = new FlatAlias(weights, values);
      this.tail = null;
      return;
    }
    const order = Array.from({ length: n }, (_, i) => i);
    // Heaviest first; ties by index so the split is deterministic.
    order.sort((a, b) => weights[b]! - weights[a]! || a - b);
    const value = (i: number) => (values ? values[i]! : i);
    const headWeights: number[] = [];
    const headValues: number[] = [];
    for (let j = 0; j < HEAD; j++) {
      headWeights.push(weights[order[j]!]!);
      headValues.push(value(order[j]!));
    }
    const tailWeights: number[] = [];
    const tailValues: number[] = [];
    let tailMass = 0;
    for (let j = HEAD; j < n; j++) {
      tailWeights.push(weights[order[j]!]!);
      tailValues.push(value(order[j]!));
      tailMass += weights[order[j]!]!;
    }
    if (tailMass > 0) {
      headWeights.push(tailMass);
      headValues.push(TO_TAIL);
    }
    this.head = new FlatAlias(headWeights, headValues);
    this.tail = tailMass > 0 ? new FlatAlias(tailWeights, tailValues) : null;
  }

  /** Draws a value (by default an index) with probability proportional to its weight. */
  sample(rng: Rng): number {
    const v = this.head.sample(rng);
    return v === TO_TAIL ? this.tail!.sample(rng) : v;
  }

  /** The probability of drawing `value` implied by the tables (to the coin's resolution). */
  probability(value: number): number {
    const p = this.head.probability(value);
    return this.tail ? p + this.head.probability(TO_TAIL) * this.tail.probability(value) : p;
  }
}
