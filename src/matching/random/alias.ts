/**
 * Walker's alias method in Vose's stable form: after O(n) set-up, each draw costs one 32-bit
 * random number and one memory access, whatever n is.
 *
 * Each cell stores (threshold, value, alias value) side by side so a draw touches one cache
 * line. Small tables (the head of every table, below) have a power-of-two number of cells, the
 * cells past the weights having weight zero: the top bits of one 32-bit draw pick the cell and
 * the remaining bits are the coin, so a draw is a shift, a load and an integer comparison. Large
 * tables compute x = u·n instead: ⌊x / 2^32⌋ picks the cell and the remainder, uniform in
 * [0, 2^32) in steps of n, is the coin. Either way the coin's resolution is (cells) / 2^32
 * (5·10⁻⁷ for a head of 2,048 cells, 2·10⁻⁵ for 100,000 names): far below any sampling error a
 * simulation can see.
 */
import { keyedUint32, type KeyedStream, type Rng } from './prng';

const MAX_SIZE = 2 ** 21;
const ALWAYS = 0xffffffff;
const TWO_TO_MINUS_32 = 2 ** -32;
/** Head thresholds are stored biased by 2^31, so one signed comparison tests coin < threshold. */
const BIAS = 0x80000000;

/**
 * 1 when a < b, else 0 (both signed 32-bit), without a branch: an alias cell's coin is a toss the
 * processor cannot predict, and a mispredicted branch costs more than these few integer
 * operations (Hacker's Delight §2–12: the sign of a − b, corrected for overflow).
 */
function lessThan(a: number, b: number): number {
  const d = (a - b) | 0;
  return (d ^ ((a ^ b) & (d ^ a))) >>> 31;
}

/** Vose's construction: per cell, the acceptance threshold (× 2^32) and the alias index. */
function buildCells(
  weights: ArrayLike<number>,
  total: number,
  cellCount: number,
): { threshold: Float64Array; alias: Uint32Array } {
  const threshold = new Float64Array(cellCount);
  const alias = new Uint32Array(cellCount);
  const scaled = new Float64Array(cellCount);
  const small = new Uint32Array(cellCount);
  const large = new Uint32Array(cellCount);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < cellCount; i++) {
    scaled[i] = i < weights.length ? (weights[i]! * cellCount) / total : 0;
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
  // What is left has probability 1 up to rounding: always accept (and alias itself, so the
  // draw needs no special case).
  while (nl > 0) {
    const l = large[--nl]!;
    threshold[l] = ALWAYS;
    alias[l] = l;
  }
  while (ns > 0) {
    const s = small[--ns]!;
    // A padding cell (weight zero) must never be drawn: hand it to the first entry.
    threshold[s] = s < weights.length ? ALWAYS : 0;
    alias[s] = s < weights.length ? s : 0;
  }
  return { threshold, alias };
}

interface Positive {
  weights: Float64Array;
  values: Uint32Array;
  total: number;
}

/** Throws unless weight `i`, `w`, is finite and not negative. */
function checkWeight(w: number, i: number): void {
  if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weight ${i} is ${w}`);
}

/** The weights that are drawn (zero weights left out, so rounding can never hand them a cell). */
function positiveWeights(
  allWeights: ArrayLike<number>,
  allValues: ArrayLike<number> | undefined,
): Positive {
  if (allValues && allValues.length !== allWeights.length)
    throw new Error('AliasTable needs one value per weight');
  let count = 0;
  for (let i = 0; i < allWeights.length; i++) {
    const w = allWeights[i]!;
    checkWeight(w, i);
    if (w > 0) count++;
  }
  if (count > MAX_SIZE) throw new Error(`AliasTable supports at most 2^21 entries, got ${count}`);
  const weights = new Float64Array(count);
  const values = new Uint32Array(count);
  let total = 0;
  for (let i = 0, k = 0; i < allWeights.length; i++) {
    const w = allWeights[i]!;
    if (w === 0) continue;
    weights[k] = w;
    values[k++] = allValues ? allValues[i]! : i;
    total += w;
  }
  if (count === 0 || total <= 0) throw new Error('AliasTable needs a positive total weight');
  return { weights, values, total };
}

/**
 * The indices 0…n−1 by weight, heaviest first and ties by index: the order a comparator sort
 * gives (a comparator sort of the 162,000 Census surnames took most of a population model's
 * build). A least-significant-digit radix sort of the weights' 64-bit patterns, complemented:
 * the patterns of non-negative doubles order as the numbers do, the complement turns that
 * order round, and each pass is stable, so ties keep index order. Three passes over the low
 * 32 bits, then three over the high 32; a pass in which every weight has the same digit (the
 * exponent's, often) is skipped. Weights must be finite and not negative (checked before); −0
 * counts as 0.
 */
export function heaviestFirst(weights: ArrayLike<number>): Uint32Array {
  const n = weights.length;
  const patterns = new Float64Array(n);
  for (let i = 0; i < n; i++) patterns[i] = weights[i]! + 0;
  // Little-endian halves of each pattern (every engine the app runs on is little-endian).
  const words = new Uint32Array(patterns.buffer);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = ~words[2 * i]! >>> 0;
    hi[i] = ~words[2 * i + 1]! >>> 0;
    order[i] = i;
  }
  const sorting = new RadixSort(n);
  // The low word's passes carry the high word along; the high word's need carry only the order.
  let low = { key: lo, carry: hi, order };
  let spare = { key: new Uint32Array(n), carry: new Uint32Array(n), order: new Uint32Array(n) };
  for (const shift of [0, 11, 22]) {
    if (sorting.pass(low.key, low.carry, low.order, spare.key, spare.carry, spare.order, shift))
      [low, spare] = [spare, low];
  }
  let high = { key: low.carry, order: low.order };
  let spareHigh = { key: spare.carry, order: spare.order };
  for (const shift of [0, 11, 22]) {
    if (sorting.pass(high.key, null, high.order, spareHigh.key, null, spareHigh.order, shift))
      [high, spareHigh] = [spareHigh, high];
  }
  return high.order;
}

/** Stable counting-sort passes on 11-bit digits of 32-bit keys (heaviestFirst). */
class RadixSort {
  private readonly counts = new Uint32Array(2049);
  constructor(private readonly n: number) {}

  /**
   * Moves keys, their carried words and their order into the `…To` arrays, stably sorted by
   * the digit at `shift`; false, moving nothing, when every key has the same digit there.
   */
  pass(
    key: Uint32Array,
    carry: Uint32Array | null,
    order: Uint32Array,
    keyTo: Uint32Array,
    carryTo: Uint32Array | null,
    orderTo: Uint32Array,
    shift: number,
  ): boolean {
    const { counts, n } = this;
    if (n === 0) return false;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((key[i]! >>> shift) & 2047) + 1]!++;
    if (counts[((key[0]! >>> shift) & 2047) + 1] === n) return false;
    for (let d = 0; d < 2048; d++) counts[d + 1]! += counts[d]!;
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      const at = counts[(k >>> shift) & 2047]!++;
      keyTo[at] = k;
      orderTo[at] = order[i]!;
      if (carry) carryTo![at] = carry[i]!;
    }
    return true;
  }
}

/** One flat table of any size (a large table's tail): cell and coin from u·n. */
class FlatAlias {
  readonly size: number;
  /** Per cell: threshold, value if accepted, value if not. */
  private readonly cells: Uint32Array;

  constructor(allWeights: ArrayLike<number>, allValues?: ArrayLike<number>) {
    const { weights, values, total } = positiveWeights(allWeights, allValues);
    const n = weights.length;
    this.size = n;
    const { threshold, alias } = buildCells(weights, total, n);
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
    // Cell c holds (threshold, value, alias): c + 1 when the coin falls below the threshold.
    const cells = this.cells;
    const c = 3 * i;
    return cells[c + 2 - lessThan(coin ^ BIAS, cells[c]! ^ BIAS)]!;
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

/**
 * The head holds 2^k − 1 entries and one "look in the tail" cell: at least 2,047 (24 KiB), more
 * while the tail would still carry over TAIL_MASS of the probability, at most 16,383 (192 KiB —
 * drawn table by table, DrawBatch, a head that size stays in the processor's L2 cache).
 */
const MIN_HEAD = 2047;
const MAX_HEAD = 16383;
const TAIL_MASS = 0.02;
const TO_TAIL = 0xfffffffe;
/** What `sampleHead` returns when the draw goes on in the tail. */
export const FROM_TAIL = -1;
/** TO_TAIL as an Int32 head cell holds it. */
const TO_TAIL_CELL = TO_TAIL | 0;

/** How many of the heaviest entries (weights in `order`, heaviest first) the head keeps. */
function headSize(weights: ArrayLike<number>, order: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < order.length; j++) total += weights[order[j]!]!;
  let head = MIN_HEAD;
  let mass = 0;
  for (let j = 0; j < head; j++) mass += weights[order[j]!]!;
  while (head < MAX_HEAD && head < order.length && total - mass > TAIL_MASS * total) {
    const next = 2 * head + 1;
    for (let j = head; j < Math.min(next, order.length); j++) mass += weights[order[j]!]!;
    head = next;
  }
  return Math.min(head, order.length);
}

/** A table's head cells (AliasTable.directCells). */
export interface DirectCells {
  cells: Int32Array;
  bits: number;
}

/**
 * The value of a head of 2^bits cells for random number `u`: the top bits pick the cell, the
 * rest are the coin (read as Int32: a value of 2^31 or more comes back negative).
 */
function headValue(cells: Int32Array, bits: number, u: number): number {
  const c = (u >>> (32 - bits)) * 3;
  return cells[c + 2 - lessThan((u << bits) ^ BIAS, cells[c]!)]!;
}

/** The draw AliasTable.sample makes with random number `u`, from a table's direct cells. */
export function drawFromCells(table: DirectCells, u: number): number {
  return headValue(table.cells, table.bits, u);
}

/**
 * An alias sampler that stays fast on large tables. A flat alias table touches a uniformly random
 * cell, so a table of 160,000 surnames misses the cache on almost every draw. Here the heaviest
 * entries, which carry most of the probability of name tables, sit in a head table (2^k cells)
 * that stays in cache; the rest are drawn from a tail table only when the head says so. The
 * distribution is exactly the one given (a mixture of head and tail with their true masses).
 */
export class AliasTable {
  readonly size: number;
  /** Head cells: biased threshold, value if accepted, value if not (Int32: read back `>>> 0`). */
  private readonly cells: Int32Array;
  /** log2 of the head's cell count (at least 1). */
  private readonly bits: number;
  private readonly tail: FlatAlias | null;

  constructor(weights: ArrayLike<number>, values?: ArrayLike<number>) {
    const n = weights.length;
    this.size = n;
    for (let i = 0; values && i < n; i++) {
      if (values[i] === TO_TAIL) throw new Error('AliasTable value 0xfffffffe is reserved');
    }
    let head: Positive;
    if (n <= MIN_HEAD + 1) {
      head = positiveWeights(weights, values);
      this.tail = null;
    } else {
      // One typed copy, so every loop below reads one kind of array.
      const w = Float64Array.from(weights);
      for (let i = 0; i < n; i++) checkWeight(w[i]!, i);
      const v = values ? Uint32Array.from(values) : null;
      // Heaviest first; ties by index so the split is deterministic.
      const order = heaviestFirst(w);
      const kept = headSize(w, order);
      const headWeights = new Float64Array(kept + 1);
      const headValues = new Uint32Array(kept + 1);
      for (let j = 0; j < kept; j++) {
        const i = order[j]!;
        headWeights[j] = w[i]!;
        headValues[j] = v ? v[i]! : i;
      }
      const tailWeights = new Float64Array(n - kept);
      const tailValues = new Uint32Array(n - kept);
      let tailMass = 0;
      for (let j = kept; j < n; j++) {
        const i = order[j]!;
        tailWeights[j - kept] = w[i]!;
        tailValues[j - kept] = v ? v[i]! : i;
        tailMass += w[i]!;
      }
      // The last head entry is the "look in the tail" cell (weight 0, so dropped, when the
      // tail has no mass).
      headWeights[kept] = tailMass;
      headValues[kept] = TO_TAIL;
      head = positiveWeights(headWeights, headValues);
      this.tail = tailMass > 0 ? new FlatAlias(tailWeights, tailValues) : null;
    }
    let bits = 1;
    while (1 << bits < head.weights.length) bits++;
    this.bits = bits;
    const cellCount = 1 << bits;
    const { threshold, alias } = buildCells(head.weights, head.total, cellCount);
    // Padding cells have weight zero: they always hand over to their alias, a real entry.
    const valueOf = (cell: number) => head.values[cell] ?? 0;
    this.cells = new Int32Array(3 * cellCount);
    for (let i = 0; i < cellCount; i++) {
      this.cells[3 * i] = (threshold[i]! ^ BIAS) | 0;
      this.cells[3 * i + 1] = valueOf(i);
      this.cells[3 * i + 2] = valueOf(alias[i]!);
    }
  }

  /** Draws a value (by default an index) with probability proportional to its weight. */
  sample(rng: Rng): number {
    const v = headValue(this.cells, this.bits, rng.nextUint32());
    // Values below 2^31 (names, indices) read back as they are, small integers the engine
    // keeps unboxed; only the marks at the top of the range take the slower path.
    return v >= 0 ? v : this.fromMark(rng, v);
  }

  /**
   * Draws `to − from` values into `out[from…to)`, in that order: the same values as calling
   * `sample` for each in turn, in one loop that keeps the head in cache.
   */
  sampleRun(rng: Rng, out: Uint32Array, from: number, to: number): void {
    const cells = this.cells;
    const bits = this.bits;
    for (let k = from; k < to; k++) {
      const v = headValue(cells, bits, rng.nextUint32());
      out[k] = v >= 0 ? v : this.fromMark(rng, v);
    }
  }

  /**
   * The draw `sample` makes when its random number is `u`: the value, or FROM_TAIL when the
   * draw goes on in the tail (then `sampleTail` with a generator of further numbers).
   */
  sampleHead(u: number): number {
    const v = headValue(this.cells, this.bits, u);
    return v >= 0 ? v : v === TO_TAIL_CELL ? FROM_TAIL : v >>> 0;
  }

  /** A draw from the tail (after `sampleHead` said FROM_TAIL). */
  sampleTail(rng: Rng): number {
    return this.tail!.sample(rng);
  }

  /** The draw of item `index` of a keyed stream: the same whichever items are drawn, in any order. */
  sampleKeyed(stream: KeyedStream, index: number): number {
    const v = this.sampleHead(stream.uint32(index));
    return v !== FROM_TAIL ? v : this.tail!.sample(stream.more(index));
  }

  /**
   * `sampleKeyed(stream, base + items[k])` into `out[k]` for k in [from, to): one loop that
   * keeps the head in cache.
   */
  sampleKeyedRun(
    stream: KeyedStream,
    base: number,
    items: Uint32Array,
    out: Uint32Array,
    from: number,
    to: number,
  ): void {
    const cells = this.cells;
    const bits = this.bits;
    const key = stream.key;
    for (let k = from; k < to; k++) {
      const item = base + items[k]!;
      const v = headValue(cells, bits, keyedUint32(key, item));
      out[k] = v >= 0 ? v : this.fromMarkKeyed(stream, item, v);
    }
  }

  private fromMarkKeyed(stream: KeyedStream, index: number, v: number): number {
    return v === TO_TAIL_CELL ? this.tail!.sample(stream.more(index)) : v >>> 0;
  }

  /** A cell value of 2^31 or more (read as negative): a draw from the tail, or a mark value. */
  private fromMark(rng: Rng, v: number): number {
    return v === TO_TAIL_CELL ? this.tail!.sample(rng) : v >>> 0;
  }

  /**
   * The head's cells and bits, for drawing inline with `drawFromCells` where a call per draw
   * costs too much (a birth day for every person): only for a table with no tail and no value
   * of 2^31 or more, else null.
   */
  directCells(): DirectCells | null {
    if (this.tail) return null;
    for (let i = 1; i < this.cells.length; i += 3)
      if (this.cells[i]! < 0 || this.cells[i + 1]! < 0) return null;
    return { cells: this.cells, bits: this.bits };
  }

  /** The probability of drawing `value` implied by the tables (to the coin's resolution). */
  probability(value: number): number {
    const p = this.headProbability(value);
    return this.tail ? p + this.headProbability(TO_TAIL) * this.tail.probability(value) : p;
  }

  private headProbability(value: number): number {
    const cellCount = 1 << this.bits;
    // Coins are the multiples of 2^bits below 2^32: ⌈t / 2^bits⌉ of the 2^(32−bits) accept.
    const coins = 2 ** (32 - this.bits);
    let p = 0;
    for (let i = 0; i < cellCount; i++) {
      const t = (this.cells[3 * i]! ^ BIAS) >>> 0;
      const accept = Math.min(coins, Math.ceil(t / 2 ** this.bits)) / coins;
      if (this.cells[3 * i + 1]! >>> 0 === value) p += accept;
      if (this.cells[3 * i + 2]! >>> 0 === value) p += 1 - accept;
    }
    return p / cellCount;
  }
}
