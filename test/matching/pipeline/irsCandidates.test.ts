import { describe, expect, it } from 'vitest';
import {
  comparedRecords,
  irsCandidates,
  irsWants,
  nearCandidates,
  pathOf,
} from '../../../src/matching/pipeline/irsCandidates';
import { recordParts } from '../../../src/matching/pipeline/recordParts';
import { addressLevel } from '../../../src/matching/comparison/addresses';
import { buildingKey, listCandidates } from '../../../src/matching/pipeline/requestList';
import { generateShard } from '../../../src/matching/population/generateShard';
import { NO_ADDRESS } from '../../../src/matching/population/PopulationShard';
import { shardPeople } from '../../../src/matching/population/population';
import { parseScenario } from '../../../src/matching/scenario';
import { Noise } from '../../../src/matching/views/AgencyFile';
import { AgencyDraft, makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { testModel } from '../../helpers/datasets';

/** A dense shard, so that both paths find candidates and IRS records borrow list members' TINs. */
function shardInputs(seed: number) {
  const population = { size: 40_000, seed, apartmentShare: { native: 0.6, foreignBorn: 0.8 } };
  const { replay } = parseScenario({
    population,
    replay: { list: { size: 2_000 }, irs: { noise: { tinWrong: 0.05 } } },
  });
  const model = testModel(population);
  const shard = generateShard(model, 0, shardPeople(model.config.size, 0));
  const ice = makeAgencyFile(model, shard, replay.list.agency, 0);
  const irs = new AgencyDraft(model, shard, replay.irs, 1);
  const list = listCandidates(model, shard, ice, replay);
  return { model, replay, shard, irs, list };
}

/** Every IRS record tested against every list record, as the two paths define candidates. */
function bruteForce({ shard, irs, list }: ReturnType<typeof shardInputs>) {
  const r = irs.records;
  const byFile = Array.from({ length: list.link.size }, (_, i) => {
    const path = pathOf(list, i, true, true);
    const found: number[] = [];
    for (let j = 0; j < irs.size; j++) {
      if (path === 'tin' && r.tin[j] === list.link.tin[i]) found.push(j);
      const usable = r.address[j] !== NO_ADDRESS && (r.noise[j]! & Noise.addressUnusable) === 0;
      if (path === 'name' && usable) {
        const b = shard.addresses.building[shard.localAddress(r.address[j]!)]!;
        if (buildingKey(shard, b) === list.link.building[i]) found.push(j);
      }
    }
    return found.length > 0 ? found : undefined;
  });
  const subset = [...new Set(byFile.flatMap((found) => found ?? []))].sort((a, b) => a - b);
  return { subset, of: byFile.map((found) => found?.map((j) => subset.indexOf(j))) };
}

describe('irsCandidates', () => {
  it.each([1, 2])('finds what testing every pair finds (seed %i)', (seed) => {
    const inputs = shardInputs(seed);
    const fast = irsCandidates(inputs.shard, inputs.list, inputs.irs, true, true);
    const reference = bruteForce(inputs);
    expect([...fast.subset]).toEqual(reference.subset);
    expect(fast.of).toEqual(reference.of);
    // Both paths and borrowed numbers were exercised.
    const paths = reference.of.map((found, i) => found && pathOf(inputs.list, i, true, true));
    expect(paths).toContain('tin');
    expect(paths).toContain('name');
    expect(inputs.irs.records.noise.some((noise) => (noise & Noise.tinWrong) !== 0)).toBe(true);
  });

  it.each([1, 2])(
    'finds the same records in a draft holding only what the paths want (seed %i)',
    (seed) => {
      const inputs = shardInputs(seed);
      const { model, replay, shard, list } = inputs;
      const full = irsCandidates(shard, list, inputs.irs, true, true);
      const wants = irsWants(shard, list, true, true);
      const partial = new AgencyDraft(model, shard, replay.irs, 1, wants);
      expect(partial.covered).toBe(inputs.irs.size);
      expect(partial.size).toBeLessThan(inputs.irs.size / 4);
      const found = irsCandidates(shard, list, partial, true, true);
      // The same records (by person, as file indices differ), at the same positions.
      const people = (draft: AgencyDraft, subset: Uint32Array) =>
        Array.from(subset, (j) => draft.records.person[j]);
      expect(people(partial, found.subset)).toEqual(people(inputs.irs, full.subset));
      expect(found.of).toEqual(full.of);
      // Their columns are the full draft's, borrowed numbers among them.
      const at = (draft: AgencyDraft, j: number) => {
        const r = draft.records;
        return [r.person[j], r.address[j], r.tin[j], r.noise[j]];
      };
      found.subset.forEach((j, s) =>
        expect(at(partial, j)).toEqual(at(inputs.irs, full.subset[s]!)),
      );
      const borrowed = Array.from(found.subset, (j) => partial.records.noise[j]! & Noise.tinWrong);
      expect(borrowed.some((flag) => flag !== 0)).toBe(true);
    },
  );

  it('narrows the name path to addresses close enough, and names the records compared', () => {
    const { model, replay, shard, irs, list } = shardInputs(1);
    const found = irsCandidates(shard, list, irs, true, true);
    const parts = recordParts(model, shard, irs.finish(), found.subset);
    const near = nearCandidates(list, parts, found, replay);
    let dropped = 0;
    found.of.forEach((all, i) => {
      if (pathOf(list, i, true, true) !== 'name') return expect(near.of[i]).toBe(all);
      const close = (all ?? []).filter(
        (s) => addressLevel(list.link, i, parts.link, s) <= replay.namePath.addressAtMost,
      );
      dropped += (all?.length ?? 0) - close.length;
      expect(near.of[i]).toEqual(close.length > 0 ? close : undefined);
    });
    expect(dropped).toBeGreaterThan(0);
    const union = [...new Set(near.of.flatMap((f) => f ?? []))].sort((a, b) => a - b);
    expect([...comparedRecords(near)]).toEqual(union);
  });

  it('looks nowhere on a disabled path', () => {
    const inputs = shardInputs(1);
    const none = irsCandidates(inputs.shard, inputs.list, inputs.irs, false, false);
    expect(none.subset).toHaveLength(0);
    expect(none.of.every((found) => found === undefined)).toBe(true);
  });
});
