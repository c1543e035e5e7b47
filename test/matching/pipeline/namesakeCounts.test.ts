import { describe, expect, it } from 'vitest';
import { namesakeEstimates } from '../../../src/matching/pipeline/namesakeCounts';
import { yearOf } from '../../../src/matching/population/calendar';
import { generateShard } from '../../../src/matching/population/generateShard';
import { shardPeople } from '../../../src/matching/population/population';
import { testModel } from '../../helpers/datasets';

describe('namesakeEstimates', () => {
  it('scales the count of shard-mates with the same name and birth year', () => {
    const model = testModel({ size: 30_000, seed: 6 });
    const shard = generateShard(model, 0, shardPeople(model.config.size, 0));
    const P = shard.people;
    // Every 50th person: a few share a name and birth year with someone.
    const people = Array.from({ length: Math.floor(shard.size / 50) }, (_, k) => k * 50);
    const estimates = namesakeEstimates(shard, people, 10 * shard.size);
    let withNamesakes = 0;
    people.forEach((i, k) => {
      let count = 0;
      for (let m = 0; m < shard.size; m++)
        if (
          P.given[m] === P.given[i] &&
          P.surname[m] === P.surname[i] &&
          yearOf(P.dob[m]!) === yearOf(P.dob[i]!)
        )
          count++;
      expect(estimates[k]).toBe(Math.max(0, count * 10 - 1));
      if (count > 1) withNamesakes++;
    });
    expect(withNamesakes).toBeGreaterThan(0);
  });
});
