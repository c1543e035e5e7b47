import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../../src/matching/random/alias';
import { DrawBatch } from '../../../src/matching/random/DrawBatch';
import { Rng } from '../../../src/matching/random/prng';

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
});
