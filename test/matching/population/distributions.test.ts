/**
 * Statistical checks of the population against the numbers it is built from. Tolerances are
 * four standard errors computed from the number of independent draws in each test.
 */
import { describe, expect, it } from 'vitest';
import { generateShard } from '../../../src/matching/population/generateShard';
import {
  isForeignBorn,
  Role,
  roleOf,
  suffixOf,
  Suffix,
  hasJanuaryFirst,
  isRefugee,
} from '../../../src/matching/population/attributes';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import { PopulationStats } from '../../../src/matching/population/summary';
import { NameDictionary } from '../../../src/matching/names/NameDictionary';
import { yearOf } from '../../../src/matching/population/calendar';
import { testModel } from '../../helpers/datasets';

const KOREAN = COMMUNITY_IDS.indexOf('korean');
const within = (observed: number, expected: number, se: number) =>
  expect(Math.abs(observed - expected)).toBeLessThan(4 * se);

describe('population distributions', () => {
  it("gives Korean householders Kim at Statistics Korea's 21.5 % (origin shares)", () => {
    const model = testModel({ size: 400_000, seed: 5, communityShare: { korean: 0.3 } });
    const shard = generateShard(model, 0, 400_000);
    const kim = model.dictionary.find('KIM');
    let n = 0;
    let kims = 0;
    for (let h = 0; h < shard.householdCount; h++) {
      if (shard.households.community[h] !== KOREAN) continue;
      // Householders' surnames are independent draws (members share them).
      const i = shard.households.firstMember[h]!;
      n++;
      if (shard.people.surname[i] === kim) kims++;
    }
    expect(n).toBeGreaterThan(10_000);
    within(kims / n, 0.215, Math.sqrt((0.215 * 0.785) / n));
  });

  it('gives Korean householders Kim at ≈15 % with US-resident shares', () => {
    const model = testModel({
      size: 400_000,
      seed: 5,
      communityShare: { korean: 0.3 },
      surnameSource: 'usResident',
    });
    const shard = generateShard(model, 0, 400_000);
    const kim = model.dictionary.find('KIM');
    const share = model.communities[KOREAN]!.profile.surnames.usResident!.names.find(
      (w) => w.name === 'KIM',
    )!.share;
    let n = 0;
    let kims = 0;
    for (let h = 0; h < shard.householdCount; h++) {
      if (shard.households.community[h] !== KOREAN) continue;
      n++;
      if (shard.people.surname[shard.households.firstMember[h]!] === kim) kims++;
    }
    within(kims / n, share, Math.sqrt((share * (1 - share)) / n));
    expect(share).toBeGreaterThan(0.13);
    expect(share).toBeLessThan(0.17);
  });

  it('sizes households by nativity as configured (means 2.5 native, 3.4 foreign-born)', () => {
    const model = testModel({ size: 1_000_000, seed: 8 });
    const shard = generateShard(model, 0, 1_000_000);
    const sizes: number[][] = [[], []];
    // The last household may be cut short by the shard's end: leave it out.
    for (let h = 0; h < shard.householdCount - 1; h++) {
      const foreign = isForeignBorn(shard.people.attrs[shard.households.firstMember[h]!]!);
      sizes[foreign ? 1 : 0]!.push(shard.households.size[h]!);
    }
    const weights = [model.config.householdSizes.native, model.config.householdSizes.foreignBorn];
    sizes.forEach((observed, nativity) => {
      const w = weights[nativity]!;
      const total = w.reduce((a, b) => a + b, 0);
      const mean = w.reduce((sum, x, i) => sum + x * (i + 1), 0) / total;
      const variance = w.reduce((sum, x, i) => sum + x * (i + 1 - mean) ** 2, 0) / total;
      const observedMean = observed.reduce((a, b) => a + b, 0) / observed.length;
      within(observedMean, mean, Math.sqrt(variance / observed.length));
    });
    expect(model.config.householdSizes.native.reduce((s, x, i) => s + x * (i + 1), 0)).toBeCloseTo(
      2.5,
      2,
    );
    expect(
      model.config.householdSizes.foreignBorn.reduce((s, x, i) => s + x * (i + 1), 0),
    ).toBeCloseTo(3.4, 2);
  });

  it('spreads adult birth dates over 21,000–25,000 effective dates (McDonald & Levitt)', () => {
    const model = testModel({ size: 1_000_000, seed: 8 });
    const stats = new PopulationStats(model.dictionary, model.config.referenceYear);
    stats.add(generateShard(model, 0, 1_000_000));
    const summary = stats.finish();
    expect(summary.adultBirthDateDeff).toBeGreaterThan(21_000);
    expect(summary.adultBirthDateDeff).toBeLessThan(25_000);
  });

  it('puts rare surnames (<100 bearers) on about 10 % of the general community', () => {
    const model = testModel({ size: 300_000, seed: 9 });
    const shard = generateShard(model, 0, 300_000);
    let n = 0;
    let rare = 0;
    const general = COMMUNITY_IDS.indexOf('general');
    for (let h = 0; h < shard.householdCount; h++) {
      if (shard.households.community[h] !== general) continue;
      n++;
      if (NameDictionary.isTail(shard.people.surname[shard.households.firstMember[h]!]!)) rare++;
    }
    // Census 2010: 29.3 M of 295 M people (9.9 %) have a surname with fewer than 100 bearers.
    // The general community's group mix differs slightly from the nation's, so allow ±2 points.
    expect(rare / n).toBeGreaterThan(0.08);
    expect(rare / n).toBeLessThan(0.12);
  });

  it('makes Jr./Sr. pairs, twins and assigned 1 January birth dates at their configured rates', () => {
    const model = testModel({
      size: 600_000,
      seed: 21,
      communityShare: { east_african: 0.3 },
      juniorShare: 0.05,
    });
    const shard = generateShard(model, 0, 600_000);
    const { people } = shard;
    let juniors = 0;
    let twins = 0;
    let childPairs = 0;
    let refugees = 0;
    let januaryFirst = 0;
    for (let i = 0; i < shard.size; i++) {
      const attrs = people.attrs[i]!;
      if (suffixOf(attrs) === Suffix.junior) juniors++;
      if (
        i > 0 &&
        roleOf(attrs) === Role.child &&
        roleOf(people.attrs[i - 1]!) === Role.child &&
        people.household[i] === people.household[i - 1]
      ) {
        childPairs++;
        if (people.dob[i] === people.dob[i - 1]) twins++;
      }
      if (isRefugee(attrs) && isForeignBorn(attrs)) {
        refugees++;
        if (hasJanuaryFirst(attrs)) januaryFirst++;
      }
    }
    expect(juniors).toBeGreaterThan(0);
    // Twins: each later child is a twin of the one before with the configured chance (a few
    // same-day births happen by coincidence too, far fewer than 4 SE).
    const p = model.config.twinDeliveryShare;
    within(twins / childPairs, p, Math.sqrt((p * (1 - p)) / childPairs) + 1e-3);
    const q = model.config.refugeeJanuaryFirstShare;
    expect(refugees).toBeGreaterThan(5_000);
    within(januaryFirst / refugees, q, Math.sqrt((q * (1 - q)) / refugees));
  });

  it('keeps the named communities at their configured shares of households', () => {
    const model = testModel({ size: 500_000, seed: 4 });
    const shard = generateShard(model, 0, 500_000);
    const counts = new Array<number>(COMMUNITY_IDS.length).fill(0);
    for (let h = 0; h < shard.householdCount; h++) counts[shard.households.community[h]!]!++;
    const n = shard.householdCount;
    for (const id of COMMUNITY_IDS) {
      if (id === 'general') continue;
      const p = model.config.communityShare[id];
      within(counts[COMMUNITY_IDS.indexOf(id)]! / n, p, Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('gives births after the reference year to nobody', () => {
    const model = testModel({ size: 100_000, seed: 4 });
    const shard = generateShard(model, 0, 100_000);
    let latest = 0;
    for (let i = 0; i < shard.size; i++) latest = Math.max(latest, yearOf(shard.people.dob[i]!));
    expect(latest).toBeLessThanOrEqual(model.config.referenceYear);
  });
});
