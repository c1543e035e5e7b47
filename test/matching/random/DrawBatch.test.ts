import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../../src/matching/random/alias';
import { DrawBatch, NO_DRAW } from '../../../src/matching/random/DrawBatch';
import { KeyedStream, Rng } from '../../../src/matching/random/prng';

describe('DrawBatch', () => {
  it('gives the values of drawing each request in table order, one sample() at a time', () => {
    // Small tables, a large one with a tail, and requests in random order (more than the
    // initial capacity, so the batch grows).
    const tables = [
      new AliasTable([1, 2, 3]),
      new AliasTable([5]),
      new AliasTable(Array.from({ length: 5000 }, (_, i) => 1 / (i + 1))),
      new AliasTable([0, 4, 0, 1], [10, 20, 30, 40]),
    ];
    const pick = new Rng(7);
    const requests = Array.from({ length: 3000 }, (_, slot) => ({
      key: pick.below(tables.length),
      slot,
    }));
    const batch = new DrawBatch(tables, 100);
    for (const r of requests) batch.add(r.key, r.slot);
    expect(batch.size).toBe(requests.length);
    const fast = new Uint32Array(requests.length);
    batch.drawInto(new Rng(42), fast);
    expect(batch.size).toBe(0);

    // Reference: a stable sort by table, then one draw per request.
    const reference = new Uint32Array(requests.length);
    const rng = new Rng(42);
    const sorted = [...requests].sort((a, b) => a.key - b.key);
    for (const r of sorted) reference[r.slot] = tables[r.key]!.sample(rng);
    expect(Array.from(fast)).toEqual(Array.from(reference));
  });

  it('draws a run as sample() does, leaving the rest of the array alone', () => {
    const table = new AliasTable(Array.from({ length: 3000 }, (_, i) => (i % 7) + 1));
    const out = new Uint32Array(520).fill(7777);
    table.sampleRun(new Rng(3), out, 10, 510);
    const rng = new Rng(3);
    for (let k = 10; k < 510; k++) expect(out[k]).toBe(table.sample(rng));
    expect(out.slice(0, 10).every((v) => v === 7777)).toBe(true);
    expect(out.slice(510).every((v) => v === 7777)).toBe(true);
  });
  it('draws keyed requests as each item drawn alone would be, leaving NO_DRAW slots alone', () => {
    const tables = [
      new AliasTable([1, 2, 3]),
      new AliasTable(Array.from({ length: 5000 }, (_, i) => 1 / (i + 1))),
      new AliasTable([0, 4, 0, 1], [10, 20, 30, 40]),
    ];
    const pick = new Rng(9);
    const keys = Uint16Array.from({ length: 4000 }, () =>
      pick.chance(0.2) ? NO_DRAW : pick.below(tables.length),
    );
    const stream = new KeyedStream(3, 4);
    const out = new Uint32Array(keys.length).fill(99_999);
    // A small batch: drawing needs more room than it was made with.
    new DrawBatch(tables, 16).drawKeyed(keys, keys.length, stream, 1_000_000, out);
    keys.forEach((key, i) =>
      expect(out[i]).toBe(
        key === NO_DRAW ? 99_999 : tables[key]!.sampleKeyed(stream, 1_000_000 + i),
      ),
    );
  });
  it('refuses keyed draws over queued requests, and queues again after keyed draws grew it', () => {
    const tables = [new AliasTable([1, 2, 3]), new AliasTable([4, 1])];
    const batch = new DrawBatch(tables, 16);
    batch.add(0, 0);
    const stream = new KeyedStream(1, 2);
    expect(() => batch.drawKeyed(new Uint16Array(4), 4, stream, 0, new Uint32Array(4))).toThrow(
      /queued requests/,
    );
    batch.clear();
    // Keyed draws of 100 slots grow the batch past its room of 16.
    batch.drawKeyed(new Uint16Array(100).fill(1), 100, stream, 0, new Uint32Array(100));
    for (let slot = 0; slot < 40; slot++) batch.add(slot % 2, slot);
    const out = new Uint32Array(40);
    batch.drawInto(new Rng(5), out);
    const rng = new Rng(5);
    const reference = new Uint32Array(40);
    for (const key of [0, 1])
      for (let slot = key; slot < 40; slot += 2) reference[slot] = tables[key]!.sample(rng);
    expect(Array.from(out)).toEqual(Array.from(reference));
  });
});
