/**
 * Each noise kind alone, at a known rate: its observed count among the records it can apply to
 * is within four standard errors of the expected count, and what it does is what it says.
 */
import { describe, expect, it } from 'vitest';
import { makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { Noise, type AgencyFile } from '../../../src/matching/views/AgencyFile';
import { NOISE_KINDS, type NoiseKind } from '../../../src/matching/views/agencyConfig';
import { tinHolder, tinOf } from '../../../src/matching/views/tin';
import { GivenForm, givenFormOf } from '../../../src/matching/views/givenFormat';
import { romanisationTable } from '../../../src/matching/views/romanisation';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import {
  BuildingKind,
  NO_ADDRESS,
  SHARD_SIZE,
} from '../../../src/matching/population/PopulationShard';
import { communityOf, isForeignBorn } from '../../../src/matching/population/attributes';
import { civilDate, yearStart } from '../../../src/matching/population/calendar';
import { agencyWith, bernoulliBounds, editDistance, viewModel, viewShard } from './viewFixtures';

const RATE = 0.1;
const FLAG: Record<NoiseKind, number> = {
  romanisation: Noise.romanisation,
  nameOrderSwap: Noise.orderSwap,
  givenFormat: Noise.givenFormat,
  secondSurnameDropped: Noise.secondSurnameDropped,
  typoGiven: Noise.typoGiven,
  typoSurname: Noise.typoSurname,
  dobMissing: Noise.dobMissing,
  dobPlaceholder: Noise.dobPlaceholder,
  dobDayMonthSwap: Noise.dobDayMonthSwap,
  staleAddress: Noise.staleAddress,
  unitDropped: Noise.unitDropped,
  addressUnusable: Noise.addressUnusable,
  tinMissing: Noise.tinMissing,
  tinWrong: Noise.tinWrong,
};

describe('agency noise', () => {
  const model = viewModel();
  const shard = viewShard(0, 150_000);
  const { people, households, addresses, buildings } = shard;
  const dictionary = model.dictionary;
  const local = (file: AgencyFile, k: number) => file.records.person[k]! - shard.index * SHARD_SIZE;
  const household = (i: number) => shard.localHousehold(people.household[i]!);
  const conventions = (i: number) => model.communities[communityOf(people.attrs[i]!)]!.conventions;

  /** The chance that kind applies to local person i at rate RATE (0 when it cannot apply). */
  const chance: Record<Exclude<NoiseKind, 'romanisation'>, (i: number) => number> = {
    nameOrderSwap: (i) =>
      isForeignBorn(people.attrs[i]!) ? RATE * conventions(i).familyNameFirst : 0,
    givenFormat: (i) => {
      const form = givenFormOf(dictionary.name(people.given[i]!));
      const { hyphenatedGiven: hyphen, spacedGiven: space } = conventions(i);
      if (form === GivenForm.single || hyphen + space === 0) return 0;
      return RATE * (1 - (form === GivenForm.hyphen ? hyphen : space));
    },
    secondSurnameDropped: (i) => (people.surname2[i] ? RATE : 0),
    typoGiven: () => RATE,
    typoSurname: () => RATE,
    dobMissing: () => RATE,
    dobPlaceholder: (i) =>
      civilDate(people.dob[i]!).month === 1 && civilDate(people.dob[i]!).day === 1 ? 0 : RATE,
    dobDayMonthSwap: (i) => {
      const { month, day } = civilDate(people.dob[i]!);
      return day <= 12 && day !== month ? RATE : 0;
    },
    staleAddress: (i) => (households.previousAddress[household(i)] !== NO_ADDRESS ? RATE : 0),
    unitDropped: (i) => {
      const h = household(i);
      if (households.mailAddress[h] !== NO_ADDRESS) return 0;
      const building = addresses.building[shard.localAddress(households.address[h]!)]!;
      return buildings.kind[building] === BuildingKind.apartment ? RATE : 0;
    },
    addressUnusable: () => RATE,
    tinMissing: (i) => (tinOf(shard.personId(i), people.attrs[i]!, model.config) ? RATE : 0),
    tinWrong: () => RATE,
  };

  for (const kind of NOISE_KINDS.filter((k) => k !== 'romanisation')) {
    it(`applies ${kind} at its rate to the records it can apply to, and nothing else`, () => {
      const file = makeAgencyFile(model, shard, agencyWith({ [kind]: RATE }), 0);
      const chances: number[] = [];
      let observed = 0;
      let strays = 0;
      for (let k = 0; k < file.size; k++) {
        const p = chance[kind as keyof typeof chance](local(file, k));
        const noise = file.records.noise[k]! & ~Noise.mailAddress;
        if (noise & ~FLAG[kind]) strays++;
        if (noise & FLAG[kind]) {
          observed++;
          if (p === 0) strays++;
        }
        if (p > 0) chances.push(p);
      }
      const { mean, se } = bernoulliBounds(chances);
      expect(chances.length).toBeGreaterThan(2000);
      expect(Math.abs(observed - mean)).toBeLessThanOrEqual(4 * se);
      expect(strays).toBe(0);
    });
  }

  it('writes a romanised name as another member of its family, each name at its rate', () => {
    const file = makeAgencyFile(model, shard, agencyWith({ romanisation: RATE }), 0);
    const table = romanisationTable(model);
    const korean = COMMUNITY_IDS.indexOf('korean');
    const lee = dictionary.find('LEE');
    const leeVariants = new Set<string>();
    let eligible = 0;
    let changed = 0;
    let outside = 0;
    for (let k = 0; k < file.size; k++) {
      const i = local(file, k);
      const community = communityOf(people.attrs[i]!);
      const pairs: [number, number][] = [[people.given[i]!, file.records.given[k]!]];
      // With a second surname the record holds the compound; look at single surnames.
      if (!people.surname2[i]) pairs.push([people.surname[i]!, file.records.surname[k]!]);
      for (const [truth, written] of pairs) {
        const family = table.of(community, truth);
        if (!family) {
          if (written !== truth) outside++;
          continue;
        }
        eligible++;
        if (written === truth) continue;
        changed++;
        const spelling = file.name(written, dictionary);
        if (!family.names.includes(spelling)) outside++;
        if (community === korean && truth === lee) leeVariants.add(spelling);
      }
    }
    expect(eligible).toBeGreaterThan(5000);
    const { mean, se } = bernoulliBounds(new Array<number>(eligible).fill(RATE));
    expect(Math.abs(changed - mean)).toBeLessThanOrEqual(4 * se);
    expect(outside).toBe(0);
    expect([...leeVariants].sort()).toEqual(['I', 'RHEE', 'RHIE', 'YI']);
  });

  it('makes typos one keyboard edit away, never empty, keeping hyphens and spaces', () => {
    const file = makeAgencyFile(model, shard, agencyWith({ typoGiven: 0.1, typoSurname: 0.1 }), 0);
    let typos = 0;
    const bad: string[] = [];
    for (let k = 0; k < file.size; k++) {
      const i = local(file, k);
      const surname2 = people.surname2[i]!;
      const truth = [
        dictionary.name(people.given[i]!),
        dictionary.name(people.surname[i]!) + (surname2 ? ` ${dictionary.name(surname2)}` : ''),
      ];
      const written = [file.records.given[k]!, file.records.surname[k]!].map((id) =>
        file.name(id, dictionary),
      );
      const flags = [Noise.typoGiven, Noise.typoSurname];
      for (let f = 0; f < 2; f++) {
        const typed = (file.records.noise[k]! & flags[f]!) !== 0;
        if (!typed) {
          if (written[f] !== truth[f]) bad.push(`${truth[f]} → ${written[f]} unflagged`);
          continue;
        }
        typos++;
        const separators = (s: string) => s.replace(/[^ '-]/g, '');
        if (
          editDistance(truth[f]!, written[f]!) !== 1 ||
          written[f]!.length === 0 ||
          separators(written[f]!) !== separators(truth[f]!)
        )
          bad.push(`${truth[f]} → ${written[f]}`);
      }
    }
    expect(typos).toBeGreaterThan(20_000);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('swaps day and month only into a valid date, and puts placeholders on 1 January of the true year', () => {
    const file = makeAgencyFile(
      model,
      shard,
      agencyWith({ dobMissing: 0.1, dobPlaceholder: 0.1, dobDayMonthSwap: 0.1 }),
      0,
    );
    const bad: string[] = [];
    const seen = { missing: 0, placeholder: 0, swap: 0 };
    for (let k = 0; k < file.size; k++) {
      const truth = people.dob[local(file, k)]!;
      const dob = file.records.dob[k]!;
      const noise = file.records.noise[k]!;
      const t = civilDate(truth);
      if (noise & Noise.dobMissing) {
        seen.missing++;
        if (dob !== 0) bad.push(`missing ${dob}`);
      } else if (noise & Noise.dobPlaceholder) {
        seen.placeholder++;
        if (dob !== yearStart(t.year) || dob === truth) bad.push(`placeholder ${t.year}`);
      } else if (noise & Noise.dobDayMonthSwap) {
        seen.swap++;
        const d = civilDate(dob);
        if (
          t.day > 12 ||
          t.day === t.month ||
          d.year !== t.year ||
          d.month !== t.day ||
          d.day !== t.month
        )
          bad.push(`swap ${JSON.stringify(t)} → ${JSON.stringify(d)}`);
      } else if (dob !== truth) bad.push('unflagged change');
    }
    expect(Math.min(seen.missing, seen.placeholder, seen.swap)).toBeGreaterThan(3000);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("gives a wrong TIN that is someone else's, a household member's when one has a TIN, and a missing TIN as 0", () => {
    const file = makeAgencyFile(model, shard, agencyWith({ tinMissing: 0.1, tinWrong: 0.1 }), 0);
    const bad: string[] = [];
    let wrong = 0;
    let missing = 0;
    for (let k = 0; k < file.size; k++) {
      const i = local(file, k);
      const own = tinOf(shard.personId(i), people.attrs[i]!, model.config);
      const tin = file.records.tin[k]!;
      const noise = file.records.noise[k]!;
      if (noise & Noise.tinMissing) {
        missing++;
        if (tin !== 0 || own === 0) bad.push('missing');
      } else if (noise & Noise.tinWrong) {
        wrong++;
        const holder = tinHolder(tin);
        const h = household(i);
        const first = households.firstMember[h]!;
        const members = Array.from({ length: households.size[h]! }, (_, j) => first + j).filter(
          (j) => j !== i && tinOf(shard.personId(j), people.attrs[j]!, model.config) !== 0,
        );
        const expected = members.length > 0 ? members.map((j) => shard.personId(j)) : null;
        if (holder === shard.personId(i) || tin === 0) bad.push('own or none');
        if (tinOf(holder, people.attrs[holder - shard.index * SHARD_SIZE]!, model.config) !== tin)
          bad.push('not the holder’s TIN');
        if (expected && !expected.includes(holder)) bad.push('not a household member');
      } else if (tin !== own) bad.push('unflagged change');
    }
    expect(Math.min(wrong, missing)).toBeGreaterThan(3000);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('holds the previous home of a stale record and no unit-less house', () => {
    const file = makeAgencyFile(
      model,
      shard,
      agencyWith({ staleAddress: 0.5, unitDropped: 0.5 }),
      0,
    );
    const bad: string[] = [];
    for (let k = 0; k < file.size; k++) {
      const h = household(local(file, k));
      const noise = file.records.noise[k]!;
      const address = file.records.address[k]!;
      if (noise & Noise.staleAddress) {
        if (address !== households.previousAddress[h] || noise & Noise.mailAddress)
          bad.push('stale');
      }
      if (noise & Noise.unitDropped) {
        const building = addresses.building[shard.localAddress(address)]!;
        if (buildings.kind[building] !== BuildingKind.apartment)
          bad.push('unit of a non-apartment');
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
