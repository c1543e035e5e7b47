import { describe, expect, it } from 'vitest';
import { AliasTable, drawFromCells, heaviestFirst } from '../../../src/matching/random/alias';
import { KeyedStream, Rng } from '../../../src/matching/random/prng';

/** Draws `draws` values and checks every frequency against its probability (4 SE). */
function expectFrequencies(
  table: AliasTable,
  probabilities: Map<number, number>,
  draws: number,
  seed = 1,
) {
  const rng = new Rng(seed);
  const counts = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const v = table.sample(rng);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  for (const [value, p] of probabilities) {
    const se = Math.sqrt((p * (1 - p)) / draws);
    expect(Math.abs((counts.get(value) ?? 0) / draws - p)).toBeLessThan(4 * se + 1e-9);
  }
  for (const value of counts.keys()) expect(probabilities.has(value)).toBe(true);
}

describe('AliasTable', () => {
  it('draws a small table in proportion to its weights', () => {
    const weights = [1, 2, 3, 4];
    const table = new AliasTable(weights);
    expectFrequencies(table, new Map(weights.map((w, i) => [i, w / 10])), 200_000);
  });

  it('draws a table whose size is no power of two in proportion (padded cells never drawn)', () => {
    const weights = [5, 1, 0, 3, 2, 7, 4];
    const total = weights.reduce((a, b) => a + b, 0);
    const table = new AliasTable(weights);
    weights.forEach((w, i) => expect(table.probability(i)).toBeCloseTo(w / total, 6));
    expectFrequencies(
      table,
      new Map(weights.flatMap((w, i) => (w > 0 ? [[i, w / total] as [number, number]] : []))),
      200_000,
    );
  });

  it('never draws a zero weight', () => {
    const table = new AliasTable([0, 5, 0, 1e-9, 0]);
    const rng = new Rng(2);
    for (let i = 0; i < 100_000; i++) expect([1, 3]).toContain(table.sample(rng));
  });

  it('returns the given values instead of indices', () => {
    const table = new AliasTable([1, 1], [700, 900]);
    const rng = new Rng(3);
    for (let i = 0; i < 1000; i++) expect([700, 900]).toContain(table.sample(rng));
  });

  it('keeps the exact distribution when split into head and tail (large tables)', () => {
    // 100,000 entries with Zipf weights: the head grows to its largest (16,383 entries) and the
    // tail keeps the rest, 15 % of the mass.
    const n = 100_000;
    const head = 16_383;
    const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const table = new AliasTable(weights);
    const probe = [0, 1, 10, 2046, 2047, head - 1, head, head + 1, 50_000, 99_999];
    for (const i of probe) expect(table.probability(i) / (weights[i]! / total)).toBeCloseTo(1, 2);
    // Head and tail masses by simulation: P(index ≥ head).
    const rng = new Rng(4);
    const draws = 400_000;
    let tail = 0;
    for (let d = 0; d < draws; d++) if (table.sample(rng) >= head) tail++;
    const p = weights.slice(head).reduce((a, b) => a + b, 0) / total;
    expect(p).toBeGreaterThan(0.1);
    expect(Math.abs(tail / draws - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / draws));
  });

  it('keeps small heads for tables whose heaviest 2,047 entries carry nearly everything', () => {
    // Geometric weights: the tail beyond 2,047 carries almost nothing but is still drawn.
    const weights = Array.from({ length: 5000 }, (_, i) => 0.995 ** i);
    const total = weights.reduce((a, b) => a + b, 0);
    const table = new AliasTable(weights);
    for (const i of [0, 100, 2046, 2047, 4000])
      expect(table.probability(i) / (weights[i]! / total)).toBeCloseTo(1, 2);
  });

  it('rejects bad weights', () => {
    expect(() => new AliasTable([])).toThrow();
    expect(() => new AliasTable([0, 0])).toThrow();
    expect(() => new AliasTable([1, -1])).toThrow();
    expect(() => new AliasTable([1, Number.NaN])).toThrow();
  });
  it('draws inline from direct cells what sample() draws, and offers them only for plain tables', () => {
    const days = new AliasTable(Array.from({ length: 366 }, (_, d) => 1 + (d % 7)));
    const cells = days.directCells()!;
    const a = new Rng(12);
    const b = new Rng(12);
    for (let k = 0; k < 5000; k++)
      expect(drawFromCells(cells, a.nextUint32())).toBe(days.sample(b));
    expect(
      new AliasTable(Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1))).directCells(),
    ).toBeNull();
    expect(new AliasTable([1, 1], [0xffffffff, 3]).directCells()).toBeNull();
  });
  it('draws keyed items in the exact distribution, head and tail, whatever their order', () => {
    // Zipf weights: a full head and a tail with 15 % of the mass, as the name tables have.
    const n = 100_000;
    const head = 16_383;
    const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const table = new AliasTable(weights);
    const stream = new KeyedStream(5, 1, 2);
    const draws = 400_000;
    const values = new Uint32Array(draws);
    for (let item = 0; item < draws; item++) values[item] = table.sampleKeyed(stream, item);
    const p = weights.slice(head).reduce((a, b) => a + b, 0) / total;
    const tail = values.filter((v) => v >= head).length;
    expect(Math.abs(tail / draws - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / draws));
    const p0 = 1 / total;
    const zeros = values.filter((v) => v === 0).length;
    expect(Math.abs(zeros / draws - p0)).toBeLessThan(4 * Math.sqrt((p0 * (1 - p0)) / draws));
    // An item drawn alone, later and backwards, gets its value; a run agrees too.
    for (let item = draws - 1; item >= 0; item -= 997)
      expect(table.sampleKeyed(stream, item)).toBe(values[item]);
    const items = Uint32Array.from({ length: 5000 }, (_, k) => (k * 7919) % 100_000);
    const run = new Uint32Array(5000);
    table.sampleKeyedRun(stream, 300_000, items, run, 0, 5000);
    items.forEach((item, k) => expect(run[k]).toBe(table.sampleKeyed(stream, 300_000 + item)));
  });

  it('returns marks at the top of the value range from keyed and plain draws alike', () => {
    const marks = [0xffffffff, 0xfffffffd, 7];
    const table = new AliasTable([1, 1, 1], marks);
    const stream = new KeyedStream(1);
    const rng = new Rng(8);
    for (let item = 0; item < 300; item++) {
      expect(marks).toContain(table.sampleKeyed(stream, item));
      expect(marks).toContain(table.sample(rng));
    }
  });
});

describe('heaviestFirst', () => {
  it('orders indices as a comparator sort does: heaviest first, ties by index', () => {
    const rng = new Rng(11);
    // Few distinct weights, so most indices tie; zeros and fractions among them.
    const weights = Array.from({ length: 5000 }, () => [0, 0.5, 1, 3, 3.25, 1e6][rng.below(6)]!);
    const expected = Array.from(weights, (_, i) => i).sort(
      (a, b) => weights[b]! - weights[a]! || a - b,
    );
    expect(Array.from(heaviestFirst(weights))).toEqual(expected);
    // Weights across the whole range of doubles, −0 among them (it counts as 0).
    const wide = Array.from({ length: 20_000 }, (_, i) =>
      i % 97 === 0
        ? -0
        : i % 89 === 0
          ? 0
          : (rng.nextFloat() + 1e-9) * 10 ** (rng.below(600) - 300),
    );
    const wideExpected = Array.from(wide, (_, i) => i).sort((a, b) => wide[b]! - wide[a]! || a - b);
    expect(Array.from(heaviestFirst(wide))).toEqual(wideExpected);
    expect(Array.from(heaviestFirst([]))).toEqual([]);
    expect(Array.from(heaviestFirst([2]))).toEqual([0]);
  });

  it('rejects a bad weight in a large table with its own index', () => {
    const weights = Array.from({ length: 3000 }, () => 1);
    weights[2500] = Number.NaN;
    expect(() => new AliasTable(weights)).toThrow('weight 2500 is NaN');
  });
});
