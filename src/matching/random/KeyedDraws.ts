/**
 * Keyed draws from many alias tables, grouped by table: the counterpart of DrawBatch for draws
 * whose random numbers are keyed (KeyedStream), so that a value depends on its item alone. The
 * grouping is for the cache only (one table's head in cache at a time, DrawBatch explains why);
 * which items are drawn, and in what order, changes no value.
 *
 * One instance's scratch serves any number of calls, over any tables, one after another.
 */
import type { AliasTable } from './alias';
import type { KeyedStream } from './prng';

/** A key that asks for no draw. */
export const NO_DRAW = 0xffff;

export class KeyedDraws {
  /** order[q]: the slot drawn at position q in table order; drawn[q]: its value. */
  private order: Uint32Array;
  private drawn: Uint32Array;

  /** `capacity`: slots expected per call (room grows when a call needs more). */
  constructor(capacity: number) {
    this.order = new Uint32Array(capacity);
    this.drawn = new Uint32Array(capacity);
  }

  /**
   * For each slot i < count with keys[i] ≠ NO_DRAW, draws item `base + i` of `stream` from
   * `tables[keys[i]]` into `out[i]` (AliasTable.sampleKeyed), table by table; slots with NO_DRAW
   * are left as they are.
   */
  draw(
    tables: readonly AliasTable[],
    keys: Uint16Array,
    count: number,
    stream: KeyedStream,
    base: number,
    out: Uint32Array,
  ): void {
    if (tables.length >= NO_DRAW) throw new Error('KeyedDraws supports at most 65,534 tables');
    const starts = new Uint32Array(tables.length + 1);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      if (key !== NO_DRAW) starts[key + 1]!++;
    }
    for (let t = 0; t < tables.length; t++) starts[t + 1]! += starts[t]!;
    const n = starts[tables.length]!;
    if (this.order.length < n) {
      this.order = new Uint32Array(n);
      this.drawn = new Uint32Array(n);
    }
    const { order, drawn } = this;
    const next = starts.slice(0, tables.length);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      if (key !== NO_DRAW) order[next[key]!++] = i;
    }
    for (let t = 0; t < tables.length; t++) {
      if (starts[t + 1]! > starts[t]!)
        tables[t]!.sampleKeyedRun(stream, base, order, drawn, starts[t]!, starts[t + 1]!);
    }
    for (let q = 0; q < n; q++) out[order[q]!] = drawn[q]!;
  }
}
