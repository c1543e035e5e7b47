import { describe, expect, it } from 'vitest';
import { generateShard } from '../../../src/matching/population/generateShard';
import { PopulationStats } from '../../../src/matching/population/summary';
import { yearStart } from '../../../src/matching/population/calendar';
import { testModel } from '../../helpers/datasets';

describe('PopulationStats', () => {
  it('counts shared names and birth dates exactly as a string-keyed reference does', () => {
    // A dense Korean population makes many collisions to count.
    const model = testModel({ size: 150_000, seed: 3, communityShare: { korean: 0.5 } });
    const shards = [generateShard(model, 0, 150_000)];
    const stats = new PopulationStats(model.dictionary, model.config.referenceYear);
    for (const shard of shards) stats.add(shard);
    const summary = stats.finish();

    const cutoff = yearStart(model.config.referenceYear - 18);
    const byNameDob = new Map<string, number>();
    const byName = new Map<string, number>();
    const dobs = new Map<number, number>();
    let adults = 0;
    for (const { people, size } of shards) {
      for (let i = 0; i < size; i++) {
        if (people.dob[i]! > cutoff) continue;
        adults++;
        const name = `${model.dictionary.name(people.given[i]!)} ${model.dictionary.name(people.surname[i]!)}`;
        byName.set(name, (byName.get(name) ?? 0) + 1);
        const key = `${name}|${people.dob[i]}`;
        byNameDob.set(key, (byNameDob.get(key) ?? 0) + 1);
        dobs.set(people.dob[i]!, (dobs.get(people.dob[i]!) ?? 0) + 1);
      }
    }
    const pairs = (m: Map<unknown, number>) =>
      [...m.values()].reduce((sum, c) => sum + (c * (c - 1)) / 2, 0);
    expect(summary.adults).toBe(adults);
    expect(summary.adultPairsSharingName).toBe(pairs(byName));
    expect(summary.adultPairsSharingNameAndDob).toBe(pairs(byNameDob));
    expect(summary.adultPairsSharingNameAndDob).toBeGreaterThan(0);
    const deff = (adults * (adults - 1)) / (2 * pairs(dobs));
    expect(summary.adultBirthDateDeff).toBeCloseTo(deff, 6);
    const top = [...byName.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(summary.topFullNames[0]).toEqual({ name: top[0], count: top[1] });
    const korean = summary.communities.find((c) => c.community === 'korean')!;
    expect(korean.topSurnames.map((t) => t.name)).toEqual(['KIM', 'LEE', 'PARK']);
  });
});
