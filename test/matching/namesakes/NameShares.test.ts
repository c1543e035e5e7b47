import { describe, expect, it } from 'vitest';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import { NameShares } from '../../../src/matching/namesakes/NameShares';
import { communityOf, isForeignBorn, sexOf } from '../../../src/matching/population/attributes';
import { yearOf } from '../../../src/matching/population/calendar';
import { generateShard } from '../../../src/matching/population/generateShard';
import { testDatasets, testModel } from '../../helpers/datasets';

const PEOPLE = 400_000;
const CONFIG = {
  seed: 3,
  size: PEOPLE,
  communityShare: { korean: 0.3, mexican_central_american: 0.2 },
};

// Names of every kind the model makes: a community's own list (SEO-JUN, MIN-JUN), the US model
// inside a community (JENNIFER KIM), the general community's mix of groups (JAMES SMITH).
const NAMES: [string, string][] = [
  ['SEO-JUN', 'KIM'],
  ['JI-AN', 'KIM'],
  ['MIN-JUN', 'LEE'],
  ['JENNIFER', 'KIM'],
  ['DAVID', 'PARK'],
  ['JOSE', 'GARCIA'],
  ['MARIA', 'HERNANDEZ'],
  ['JAMES', 'SMITH'],
  ['MICHAEL', 'JOHNSON'],
];

describe('NameShares', () => {
  it('predicts how many people of a generated population carry each name', () => {
    const model = testModel(CONFIG);
    const shard = generateShard(model, 0, PEOPLE);
    const p = shard.people;
    // People per (community, sex, birth year, born abroad): the analytic shares are conditional
    // on these, which the generator sets through households (not under test here).
    const cells = new Map<string, number>();
    const observed = new Map<string, number>();
    const wanted = new Set(NAMES.map(([g, s]) => `${g}|${s}`));
    for (let i = 0; i < p.given.length; i++) {
      const a = p.attrs[i]!;
      const cell = `${communityOf(a)}|${sexOf(a)}|${yearOf(p.dob[i]!)}|${isForeignBorn(a) ? 1 : 0}`;
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
      const key = `${model.dictionary.name(p.given[i]!)}|${model.dictionary.name(p.surname[i]!)}`;
      if (wanted.has(key)) observed.set(key, (observed.get(key) ?? 0) + 1);
    }
    const shares = new NameShares(testDatasets(), model.config);
    for (const [given, surname] of NAMES) {
      let expected = 0;
      for (const [cell, n] of cells) {
        const [c, sex, year, foreign] = cell.split('|').map(Number) as [
          number,
          number,
          number,
          number,
        ];
        expected +=
          n * shares.jointShare(given, surname, COMMUNITY_IDS[c]!, sex, year, foreign === 1);
      }
      const count = observed.get(`${given}|${surname}`) ?? 0;
      // Each person carries the name independently (given names are drawn per person, twins get
      // different ones): a binomial count, so 4.5 standard deviations leave a false alarm in
      // about 1 of 150,000 names.
      expect(expected).toBeGreaterThan(10);
      expect(
        Math.abs(count - expected),
        `${given} ${surname}: ${count} vs ${expected}`,
      ).toBeLessThan(4.5 * Math.sqrt(expected));
    }
  });

  it('gives each community its surname shares (Kim 21.5 % of Korean Americans, origin source)', () => {
    const shares = new NameShares(testDatasets(), testModel(CONFIG).config);
    expect(shares.surnameShare('Kim', 'korean')).toBeCloseTo(0.215, 6);
    const marginal = shares.surnameMarginal('korean');
    const total = [...marginal.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0.9);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });
});
