import { describe, expect, it } from 'vitest';
import { shardDigest } from './shardDigest';
import { generateShard, recycleShard } from '../../../src/matching/population/generateShard';
import { workspaceOf } from '../../../src/matching/population/shardWorkspace';
import { PopulationModel } from '../../../src/matching/population/model';
import { parsePopulationConfig } from '../../../src/matching/population/config';
import { testDatasets, testModel } from '../../helpers/datasets';

describe('ShardWorkspace', () => {
  it('leaves nothing of one shard in the next: a shard made after others has the bytes it has alone', () => {
    const size = 120_000;
    const config = parsePopulationConfig({ size, seed: 5 });
    const alone = shardDigest(
      generateShard(new PopulationModel(testDatasets(), config), 2, 40_000),
    );
    const model = new PopulationModel(testDatasets(), config);
    // A larger shard first (the scratch grows), a smaller one, then the one compared.
    generateShard(model, 0, 60_000);
    generateShard(model, 1, 10_000);
    expect(shardDigest(generateShard(model, 2, 40_000))).toBe(alone);
  });

  it('is kept per model, and no shard shares a returned column with another', () => {
    const model = testModel({ size: 50_000, seed: 6 });
    // Booleans, not the objects: a failing comparison would print a whole model.
    expect(workspaceOf(model) === workspaceOf(model)).toBe(true);
    expect(workspaceOf(model) === workspaceOf(testModel({ size: 50_000, seed: 7 }))).toBe(false);
    const a = generateShard(model, 0, 20_000);
    const b = generateShard(model, 1, 20_000);
    const buffers = new Set(a.columns().map((c) => c.buffer));
    for (const column of b.columns()) expect(buffers.has(column.buffer)).toBe(false);
  });
  it("makes the same shards in a recycled shard's columns, names on request too", () => {
    // Recycling keeps columns of the workspace's full room: the model's largest shard, 60,000.
    const config = { size: 60_000, seed: 8, communityShare: { mexican_central_american: 0.3 } };
    const fresh = testModel(config);
    const expected = [0, 1, 2].map((k) => shardDigest(generateShard(fresh, k, 60_000)));
    const model = new PopulationModel(testDatasets(), parsePopulationConfig(config));
    let previous = generateShard(model, 0, 60_000, { names: 'onRequest' });
    for (const k of [1, 2]) {
      const buffer = previous.people.given.buffer;
      recycleShard(model, previous);
      const shard = generateShard(model, k, 60_000);
      expect(shard.people.given.buffer === buffer).toBe(true);
      expect(shardDigest(shard)).toBe(expected[k]);
      previous = shard;
    }
    // Names on request into recycled columns: unresolved names read 0, resolved ones (and
    // birth days) are right.
    const full = generateShard(fresh, 1, 60_000);
    recycleShard(model, previous);
    const lazy = generateShard(model, 1, 60_000, { names: 'onRequest' });
    const asked = Array.from({ length: 500 }, (_, k) => 59_999 - 97 * k);
    expect(lazy.people.given[asked[0]!]).toBe(0);
    lazy.resolvePeople(asked);
    for (const i of asked)
      for (const column of ['given', 'middle', 'surname', 'surname2', 'dob'] as const)
        expect(lazy.people[column][i]).toBe(full.people[column][i]);
  });
});
