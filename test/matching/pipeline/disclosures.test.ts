import { describe, expect, it } from 'vitest';
import { residentsAt } from '../../../src/matching/pipeline/disclosures';
import { generateShard } from '../../../src/matching/population/generateShard';
import { NO_ADDRESS } from '../../../src/matching/population/PopulationShard';
import { shardPeople } from '../../../src/matching/population/population';
import { Rng } from '../../../src/matching/random/prng';
import { testModel } from '../../helpers/datasets';

describe('residentsAt', () => {
  it('finds what testing every person finds', () => {
    const model = testModel({ size: 20_000, seed: 4 });
    const shard = generateShard(model, 0, shardPeople(model.config.size, 0));
    const H = shard.households;
    const P = shard.people;
    // Homes of random households (some twice, so rows share an address), and no address.
    const rng = new Rng(9);
    const at = Uint32Array.from({ length: 300 }, (_, d) =>
      d % 7 === 0 ? NO_ADDRESS : H.address[rng.below(shard.householdCount)]!,
    );
    at[1] = at[2]!;
    const found = residentsAt(shard, at);
    for (let d = 0; d < at.length; d++) {
      const expected: number[] = [];
      for (let m = 0; m < shard.size; m++)
        if (at[d] !== NO_ADDRESS && H.address[shard.localHousehold(P.household[m]!)] === at[d])
          expected.push(m);
      expect(found.people.slice(found.start[d], found.start[d + 1])).toEqual(expected);
    }
    expect(found.start[at.length]).toBe(found.people.length);
  });
});
