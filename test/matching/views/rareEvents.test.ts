import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/matching/random/prng';
import {
  anyRare,
  drawRare,
  firstKindHappens,
  Rare,
  RARE_BLOCK,
  writeRareThresholds,
} from '../../../src/matching/views/rareEvents';

const within = (observed: number, n: number, p: number) =>
  expect(Math.abs(observed - n * p)).toBeLessThanOrEqual(4 * Math.sqrt(n * p * (1 - p)) + 1e-9);

describe('rare events', () => {
  it('gives each kind its own chance, independently of the others (one draw when none happens)', () => {
    const rates = { typoGiven: 0.02, typoSurname: 0.05, dob: 0.1, addressUnusable: 0, tin: 0.3 };
    const t = new Float64Array(RARE_BLOCK + 3);
    writeRareThresholds(rates, t, 3);
    const rng = new Rng(17);
    const n = 400_000;
    const kinds = Object.keys(Rare) as (keyof typeof Rare)[];
    const counts = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      const events = drawRare(rng.nextUint32(), rng, t, 3);
      for (const a of kinds) {
        if (!(events & Rare[a])) continue;
        counts.set(a, (counts.get(a) ?? 0) + 1);
        for (const b of kinds)
          if (a < b && events & Rare[b])
            counts.set(`${a}+${b}`, (counts.get(`${a}+${b}`) ?? 0) + 1);
      }
    }
    for (const a of kinds) {
      within(counts.get(a) ?? 0, n, rates[a]);
      for (const b of kinds)
        if (a < b) within(counts.get(`${a}+${b}`) ?? 0, n, rates[a] * rates[b]);
    }
  });

  it('tells from the first draw alone whether the first kind (the taxpayer number) happens', () => {
    const t = new Float64Array(RARE_BLOCK);
    writeRareThresholds(
      { typoGiven: 0.2, typoSurname: 0.1, dob: 0.1, addressUnusable: 0, tin: 0.3 },
      t,
      0,
    );
    const rng = new Rng(9);
    let tins = 0;
    for (let k = 0; k < 20_000; k++) {
      const u = rng.nextUint32();
      const events = drawRare(u, rng, t, 0);
      expect(firstKindHappens(u, t, 0)).toBe((events & Rare.tin) !== 0);
      expect(anyRare(u, t, 0)).toBe(events !== 0);
      if (events & Rare.tin) tins++;
    }
    within(tins, 20_000, 0.3);
  });

  it('never fires a kind of rate 0, always fires a kind of rate 1, and draws nothing when all are 0', () => {
    const t = new Float64Array(RARE_BLOCK);
    writeRareThresholds({ typoGiven: 0, typoSurname: 1, dob: 0, addressUnusable: 0, tin: 0 }, t, 0);
    const rng = new Rng(2);
    for (let k = 0; k < 1000; k++)
      expect(drawRare(rng.nextUint32(), rng, t, 0)).toBe(Rare.typoSurname);
    writeRareThresholds({ typoGiven: 0, typoSurname: 0, dob: 0, addressUnusable: 0, tin: 0 }, t, 0);
    const a = new Rng(5);
    const b = new Rng(5);
    expect(drawRare(0, a, t, 0)).toBe(0);
    expect(anyRare(0, t, 0)).toBe(false);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });
});
