import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateShard } from '../../../src/matching/population/generateShard';
import {
  generatePopulation,
  shardCount,
  shardPeople,
  streamShards,
} from '../../../src/matching/population/population';
import {
  NO_ADDRESS,
  SHARD_SIZE,
  type PopulationShard,
} from '../../../src/matching/population/PopulationShard';
import { PopulationModel } from '../../../src/matching/population/model';
import { parsePopulationConfig } from '../../../src/matching/population/config';
import { roleOf, Role } from '../../../src/matching/population/attributes';
import { testDatasets, testModel } from '../../helpers/datasets';

function digest(shard: PopulationShard): string {
  const hash = createHash('sha256');
  for (const column of shard.columns())
    hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  return hash.digest('hex');
}

describe('generateShard', () => {
  const model = testModel({ size: 3 * SHARD_SIZE, seed: 11 });

  it('gives identical bytes for the same seed and shard, from a freshly built model too', () => {
    const again = new PopulationModel(
      testDatasets(),
      parsePopulationConfig({ size: 3 * SHARD_SIZE, seed: 11 }),
    );
    expect(digest(generateShard(model, 1, 50_000))).toBe(digest(generateShard(again, 1, 50_000)));
  });

  it('gives different people for another seed or another shard', () => {
    const other = testModel({ size: 3 * SHARD_SIZE, seed: 12 });
    const a = generateShard(model, 0, 20_000);
    expect(digest(a)).not.toBe(digest(generateShard(other, 0, 20_000)));
    expect(digest(a)).not.toBe(digest(generateShard(model, 1, 20_000)));
  });

  it('makes shard k the same whatever population it belongs to, and a whole run is its shards', () => {
    const small = testModel({ size: SHARD_SIZE + 30_000, seed: 11 });
    expect(shardCount(small.config.size)).toBe(2);
    expect(shardPeople(small.config.size, 1)).toBe(30_000);
    const whole = generatePopulation(small);
    // Shard 0 is full in both populations; made alone it has the same bytes.
    expect(digest(whole[0]!)).toBe(digest(generateShard(model, 0, SHARD_SIZE)));
    // Streaming gives the same shards as the one-piece run.
    const streamed = [...streamShards(small)];
    expect(streamed.map(digest)).toEqual(whole.map(digest));
    expect(whole[1]!.size).toBe(30_000);
  }, 120_000);

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
});
