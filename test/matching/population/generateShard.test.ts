import { describe, expect, it } from 'vitest';
import { shardDigest } from './shardDigest';
import { generateShard } from '../../../src/matching/population/generateShard';
import {
  generatePopulation,
  shardCount,
  shardPeople,
  streamShards,
} from '../../../src/matching/population/population';
import { NO_ADDRESS, SHARD_SIZE } from '../../../src/matching/population/PopulationShard';
import { PopulationModel } from '../../../src/matching/population/model';
import { parsePopulationConfig } from '../../../src/matching/population/config';
import { roleOf, Role, sexOf, suffixOf, Suffix } from '../../../src/matching/population/attributes';
import { yearOf, yearStart } from '../../../src/matching/population/calendar';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import { testDatasets, testModel } from '../../helpers/datasets';

describe('generateShard', () => {
  const model = testModel({ size: 3 * SHARD_SIZE, seed: 11 });

  it('gives identical bytes for the same seed and shard, from a freshly built model too', () => {
    const again = new PopulationModel(
      testDatasets(),
      parsePopulationConfig({ size: 3 * SHARD_SIZE, seed: 11 }),
    );
    expect(shardDigest(generateShard(model, 1, 50_000))).toBe(
      shardDigest(generateShard(again, 1, 50_000)),
    );
  });

  it('gives different people for another seed or another shard', () => {
    const other = testModel({ size: 3 * SHARD_SIZE, seed: 12 });
    const a = generateShard(model, 0, 20_000);
    expect(shardDigest(a)).not.toBe(shardDigest(generateShard(other, 0, 20_000)));
    expect(shardDigest(a)).not.toBe(shardDigest(generateShard(model, 1, 20_000)));
  });

  it('makes shard k the same whatever population it belongs to, and a whole run is its shards', () => {
    const small = testModel({ size: SHARD_SIZE + 30_000, seed: 11 });
    expect(shardCount(small.config.size)).toBe(2);
    expect(shardPeople(small.config.size, 1)).toBe(30_000);
    const whole = generatePopulation(small);
    // Shard 0 is full in both populations; made alone it has the same bytes.
    expect(shardDigest(whole[0]!)).toBe(shardDigest(generateShard(model, 0, SHARD_SIZE)));
    // Streaming gives the same shards as the one-piece run.
    const streamed = [...streamShards(small)];
    expect(streamed.map(shardDigest)).toEqual(whole.map(shardDigest));
    expect(whole[1]!.size).toBe(30_000);
  }, 120_000);

  it('hands names down in families: surnames, Jr. given names, patronymics, second surnames, twins', () => {
    const mixed = testModel({
      size: 200_000,
      seed: 3,
      communityShare: { east_african: 0.15, mexican_central_american: 0.3 },
      juniorShare: 0.2,
      twinDeliveryShare: 0.2,
    });
    const shard = generateShard(mixed, 0, 200_000);
    const { people, households } = shard;
    const patronymic = COMMUNITY_IDS.indexOf('east_african');
    const checked = { children: 0, juniors: 0, twins: 0, sameTwinNames: 0, secondSurnames: 0 };
    for (let h = 0; h < shard.householdCount - 1; h++) {
      const first = households.firstMember[h]!;
      const end = first + households.size[h]!;
      const adults = [];
      for (let i = first; i < end; i++) {
        const role = roleOf(people.attrs[i]!);
        if (role === Role.householder || role === Role.partner) adults.push(i);
      }
      const father = adults.find((i) => sexOf(people.attrs[i]!) === 1);
      const mother = adults.find((i) => sexOf(people.attrs[i]!) === 0);
      for (let i = first; i < end; i++) {
        if (roleOf(people.attrs[i]!) !== Role.child) continue;
        checked.children++;
        if (households.community[h] === patronymic) {
          if (father !== undefined) expect(people.surname[i]).toBe(people.given[father]);
        } else {
          expect(people.surname[i]).toBe(people.surname[father ?? first]);
        }
        if (people.surname2[i] !== 0) {
          checked.secondSurnames++;
          expect(people.surname2[i]).toBe(people.surname[mother!]);
        }
        if (suffixOf(people.attrs[i]!) === Suffix.junior) {
          checked.juniors++;
          expect(people.given[i]).toBe(people.given[father!]);
          expect(suffixOf(people.attrs[father!]!)).toBe(Suffix.senior);
        }
        const previous = i - 1;
        if (
          previous >= first &&
          roleOf(people.attrs[previous]!) === Role.child &&
          people.dob[previous] === people.dob[i]
        ) {
          checked.twins++;
          if (people.given[previous] === people.given[i]) checked.sameTwinNames++;
        }
      }
    }
    expect(checked.juniors).toBeGreaterThan(500);
    expect(checked.twins).toBeGreaterThan(500);
    expect(checked.secondSurnames).toBeGreaterThan(500);
    // A twin's name equal to the sibling's is drawn again once: equal only by a second chance.
    expect(checked.sameTwinNames / checked.twins).toBeLessThan(0.01);
  });

  it('keeps households contiguous with one householder each and consistent ids', () => {
    const shard = generateShard(model, 2, 100_000);
    const { people, households } = shard;
    expect(people.given.length).toBe(100_000);
    let counted = 0;
    for (let h = 0; h < shard.householdCount; h++) {
      const first = households.firstMember[h]!;
      expect(first).toBe(counted);
      expect(roleOf(people.attrs[first]!)).toBe(Role.householder);
      for (let i = first; i < first + households.size[h]!; i++) {
        expect(people.household[i]).toBe(2 * SHARD_SIZE + h);
        if (i > first) expect(roleOf(people.attrs[i]!)).not.toBe(Role.householder);
      }
      counted += households.size[h]!;
      expect(shard.localAddress(households.address[h]!)).toBeLessThan(shard.addressCount);
      const previous = households.previousAddress[h]!;
      if (previous !== NO_ADDRESS) expect(previous).not.toBe(households.address[h]);
    }
    expect(counted).toBe(100_000);
    expect(shard.byteLength() / shard.size).toBeLessThan(40);
  });

  it('draws names on request as a full shard has them, relatives first, and only until the next shard', () => {
    // Korean (romanisation), Mexican (second surnames) and East African (patronymics) families.
    const mixed = testModel({
      size: 3 * SHARD_SIZE,
      seed: 11,
      communityShare: { korean: 0.2, mexican_central_american: 0.2, east_african: 0.2 },
    });
    const full = generateShard(mixed, 1, 60_000);
    const lazy = generateShard(mixed, 1, 60_000, { names: 'onRequest' });
    const P = lazy.people;
    // Everything but the names and birth days is the same; no name is drawn yet, not even a
    // community's own, and birth dates are 1 January of the right year until asked for.
    for (const column of ['attrs', 'household'] as const)
      expect(P[column]).toEqual(full.people[column]);
    for (const column of ['given', 'middle', 'surname', 'surname2'] as const)
      expect(P[column].every((id) => id === 0)).toBe(true);
    expect(P.dob.every((d, i) => d === yearStart(yearOf(full.people.dob[i]!)))).toBe(true);
    // Children last: each pulls in the parents or sibling it copies from.
    const asked = Array.from({ length: 3000 }, (_, k) => 59_999 - 19 * k);
    lazy.resolvePeople(asked);
    for (const i of asked) {
      for (const column of ['given', 'middle', 'surname', 'surname2', 'dob'] as const)
        expect(P[column][i]).toBe(full.people[column][i]);
    }
    generateShard(mixed, 2, 1000);
    expect(() => lazy.resolvePerson(0)).toThrow(/after this thread made another shard/);
    // A shard made with every name has nothing to draw, whenever it is asked.
    expect(() => full.resolvePeople(asked)).not.toThrow();
  });
});
