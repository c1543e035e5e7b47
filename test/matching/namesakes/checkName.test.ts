import { describe, expect, it } from 'vitest';
import {
  atLeastOne,
  birthDateShare,
  checkName,
  expectedNamesakes,
  NAME_CHECK_RULES,
  US_POPULATION,
} from '../../../src/matching/namesakes/checkName';
import { yearOf } from '../../../src/matching/population/calendar';
import { generateShard } from '../../../src/matching/population/generateShard';
import { parsePopulationConfig } from '../../../src/matching/population/config';
import { testDatasets, testModel } from '../../helpers/datasets';

describe('checkName', () => {
  const result = checkName(testDatasets(), {
    surname: 'Kim',
    given: 'Min-jun',
    born: 1990,
    community: 'korean',
  });

  it('counts namesakes in a US-size population and rates every preset rule', () => {
    expect(result.populationSize).toBe(US_POPULATION);
    expect(result.given).toBe('MIN-JUN');
    expect(result.rules.map((r) => r.rule)).toEqual([...NAME_CHECK_RULES]);
    const { givenAndSurname, givenSurnameAndBirthYear, givenSurnameAndBirthDate } = result.sharing;
    // Kim is 21.5 % of 1.56 M Korean Americans; tens of them are Min-jun born in 1990.
    expect(givenSurnameAndBirthYear).toBeGreaterThan(5);
    expect(givenAndSurname).toBeGreaterThan(givenSurnameAndBirthYear);
    expect(givenSurnameAndBirthDate).toBeCloseTo(
      givenSurnameAndBirthYear * result.shares.birthDateInYear,
      9,
    );
    for (const rule of result.rules) {
      if (rule.rule !== 'ice-fuse-name')
        expect(rule.chanceOfWrongMatch).toBeCloseTo(atLeastOne(rule.expectedOthers), 12);
      expect(rule.chanceOfWrongMatch).toBeGreaterThanOrEqual(0);
      expect(rule.chanceOfWrongMatch).toBeLessThanOrEqual(1);
      expect(rule.explanation.length).toBeGreaterThan(40);
    }
    const byRule = Object.fromEntries(result.rules.map((r) => [r.rule, r.expectedOthers]));
    expect(byRule['exact-name-birth-year']).toBe(givenSurnameAndBirthYear);
    expect(byRule['exact-name-dob']).toBe(givenSurnameAndBirthDate);
    // The looser the rule, the more namesakes pass it.
    expect(byRule['ice-fuse-name']!).toBeGreaterThan(byRule['exact-name-dob']!);
    expect(byRule['tin-name-control']!).toBeLessThan(0.01);
  });

  it('warns, rather than reassures, about a name its tables do not hold', () => {
    expect(result.warnings).toEqual([]);
    const unlisted = checkName(testDatasets(), {
      surname: 'Kimqx',
      given: 'Minjunx',
      born: 1990,
      community: 'korean',
    });
    expect(unlisted.sharing.givenSurnameAndBirthYear).toBe(0);
    const { warnings } = unlisted;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(
      'the given name "MINJUNX" is not in the model\'s given-name tables',
    );
    expect(warnings[1]).toContain('the surname "KIMQX" is not among the model\'s listed surnames');
  });

  it('predicts same-day pairs among people born in one year (the birthday problem)', () => {
    const model = testModel({ seed: 5, size: 400_000 });
    const p = generateShard(model, 0, 400_000).people;
    const year = 1990;
    // People born that year, by day; pairs in one household (twins) are not chance.
    const byDay = new Map<number, number[]>();
    for (let i = 0; i < p.dob.length; i++) {
      if (yearOf(p.dob[i]!) !== year) continue;
      const list = byDay.get(p.dob[i]!) ?? [];
      list.push(p.household[i]!);
      byDay.set(p.dob[i]!, list);
    }
    let n = 0;
    let pairs = 0;
    for (const households of byDay.values()) {
      n += households.length;
      for (let a = 0; a < households.length; a++)
        for (let b = a + 1; b < households.length; b++)
          if (households[a] !== households[b]) pairs++;
    }
    const expected = ((n * (n - 1)) / 2) * birthDateShare(testDatasets().birthDays, year);
    // Pairs sharing a day are nearly independent rare events: Poisson, 4.5 standard deviations.
    expect(n).toBeGreaterThan(4000);
    expect(Math.abs(pairs - expected)).toBeLessThan(4.5 * Math.sqrt(expected));
  });

  it("gives the replay's examples check-name's count of people sharing name and birth year", () => {
    const population = parsePopulationConfig({ size: US_POPULATION });
    const asked = { surname: 'Kim', given: 'Min-jun', born: 1990 };
    const checked = checkName(testDatasets(), { ...asked, population, size: US_POPULATION });
    const expected = expectedNamesakes(testDatasets(), population, 'MIN-JUN', 'KIM', 1990);
    expect(expected).toBeGreaterThan(1);
    expect(expected).toBeCloseTo(checked.sharing.givenSurnameAndBirthYear, 9);
  });
});
