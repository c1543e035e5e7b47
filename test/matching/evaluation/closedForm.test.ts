/**
 * Validation against a closed form: between two independently generated lists, the number of
 * coincidental exact (given name, surname, date of birth) pairs must agree with its
 * expectation. Names correlate with birth years, so the expectation conditions on them:
 * E = Σ over (name, year) of a·b·s(year), with s(year) = Σ_d q_d² the chance that two people
 * born that year share a day (q from the births-by-day weights). Its variance has a closed
 * form too (products of multinomial counts), so the tolerance is 3 standard errors. The
 * issue's unconditioned Σ a_k·b_k / D_eff is checked too; it ignores that people with the same
 * name tend to be born in the same decades, which matters more for sharply dated names.
 */
import { describe, expect, it } from 'vitest';
import { generateShard } from '../../../src/matching/population/generateShard';
import { isLeapYear, yearOf, yearStart } from '../../../src/matching/population/calendar';
import { testDatasets, testModel } from '../../helpers/datasets';

const SIZE = 400_000;
const noRefugees = {
  vietnamese: 0,
  haitian: 0,
  east_african: 0,
  general: 0,
  korean: 0,
  chinese: 0,
  mexican_central_american: 0,
};

function adults(seed: number) {
  const model = testModel({
    size: SIZE,
    seed,
    refugeeShare: noRefugees,
    communityShare: { korean: 0.2 },
  });
  const shard = generateShard(model, 0, SIZE);
  const cutoff = yearStart(model.config.referenceYear - 18);
  const rows: { name: string; dob: number; year: number }[] = [];
  for (let i = 0; i < shard.size; i++) {
    const dob = shard.people.dob[i]!;
    if (dob > cutoff) continue;
    rows.push({
      name: `${shard.people.given[i]},${shard.people.surname[i]}`,
      dob,
      year: yearOf(dob),
    });
  }
  return rows;
}

describe('coincidental exact matches between independent lists', () => {
  it('agree with the closed-form expectation within 3 standard errors', () => {
    const weights = testDatasets().birthDays;
    const moments = (leap: boolean) => {
      const w = leap ? Array.from(weights) : Array.from(weights).filter((_, i) => i !== 59);
      const total = w.reduce((a, b) => a + b, 0);
      const q = w.map((x) => x / total);
      return { s2: q.reduce((a, x) => a + x * x, 0), s3: q.reduce((a, x) => a + x ** 3, 0) };
    };
    const common = moments(false);
    const leap = moments(true);

    const a = adults(101);
    const b = adults(202);
    const byNameYear = (rows: typeof a) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(`${r.name}|${r.year}`, (m.get(`${r.name}|${r.year}`) ?? 0) + 1);
      return m;
    };
    const ay = byNameYear(a);
    const by = byNameYear(b);
    let expected = 0;
    let variance = 0;
    for (const [key, na] of ay) {
      const nb = by.get(key);
      if (!nb) continue;
      const { s2, s3 } = isLeapYear(Number(key.split('|')[1])) ? leap : common;
      const mean = na * nb * s2;
      const second =
        na * (na - 1) * nb * (nb - 1) * s2 * s2 +
        na * (na - 1) * nb * s3 +
        na * nb * (nb - 1) * s3 +
        na * nb * s2;
      expected += mean;
      variance += second - mean * mean;
    }
    const exact = new Map<string, number>();
    for (const r of a) exact.set(`${r.name}|${r.dob}`, (exact.get(`${r.name}|${r.dob}`) ?? 0) + 1);
    let observed = 0;
    for (const r of b) observed += exact.get(`${r.name}|${r.dob}`) ?? 0;

    // The unconditioned form, for the record.
    const byName = (rows: typeof a) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(r.name, (m.get(r.name) ?? 0) + 1);
      return m;
    };
    const an = byName(a);
    const bn = byName(b);
    const dobs = new Map<number, number>();
    for (const r of [...a, ...b]) dobs.set(r.dob, (dobs.get(r.dob) ?? 0) + 1);
    const n = a.length + b.length;
    const deff = 1 / [...dobs.values()].reduce((s, c) => s + (c * (c - 1)) / (n * (n - 1)), 0);
    let naive = 0;
    for (const [name, k] of an) naive += (k * (bn.get(name) ?? 0)) / deff;

    expect(observed).toBeGreaterThan(50);
    expect(Math.abs(observed - expected)).toBeLessThan(3 * Math.sqrt(variance));
    // The form ignores that names and birth years go together; here it agrees as well.
    expect(Math.abs(observed - naive)).toBeLessThan(3 * Math.sqrt(variance));
  });
});
