/**
 * Files made in worker threads (each with its own copy of the model, never added to) and merged
 * in shard order by the collecting thread equal the files made one after another in one thread.
 */
import { describe, expect, it } from 'vitest';
import { makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { Noise, noiseNames, type AgencyFile } from '../../../src/matching/views/AgencyFile';
import { isOverlayId } from '../../../src/matching/views/NameOverlay';
import { PopulationModel } from '../../../src/matching/population/model';
import { parsePopulationConfig } from '../../../src/matching/population/config';
import { generateShard } from '../../../src/matching/population/generateShard';
import { testDatasets, testModel } from '../../helpers/datasets';
import { agencyWith, digest } from './viewFixtures';

const POPULATION = {
  size: 300_000,
  seed: 4,
  communityShare: { korean: 0.2, mexican_central_american: 0.3 },
};
const PEOPLE = 40_000;

describe('AgencyFile', () => {
  // Plenty of new strings: typos, compound surnames, reformatted given names.
  const agency = agencyWith({
    typoGiven: 0.05,
    typoSurname: 0.05,
    givenFormat: 1,
    romanisation: 0.3,
  });
  const names = (file: AgencyFile, model: PopulationModel) =>
    [...file.records.given, ...file.records.surname].map((id) => model.dictionary.name(id));

  it('is the same whether its shard was made alone in a worker or after other shards', () => {
    // One thread: make a file, merge it, make the next (which sees the merged names).
    const serial = testModel(POPULATION);
    const files = [0, 1, 2].map((k) => {
      const file = makeAgencyFile(serial, generateShard(serial, k, PEOPLE), agency, 0);
      file.mergeNames(serial.dictionary);
      return file;
    });
    // Workers: each file made against an untouched dictionary (shard 2 first), then merged in
    // shard order by the collecting thread.
    const parallel = new PopulationModel(testDatasets(), parsePopulationConfig(POPULATION));
    const made = [2, 0, 1].map((k) =>
      makeAgencyFile(parallel, generateShard(parallel, k, PEOPLE), agency, 0),
    );
    const inOrder = [1, 2, 0].map((at) => made[at]!);
    expect(inOrder.map((f) => f.shardIndex)).toEqual([0, 1, 2]);
    expect(inOrder.every((f) => f.localNames.length > 1000)).toBe(true);
    for (const file of inOrder) file.mergeNames(parallel.dictionary);

    expect(inOrder.map(digest)).toEqual(files.map(digest));
    expect(parallel.dictionary.size).toBe(serial.dictionary.size);
    expect(names(inOrder[2]!, parallel)).toEqual(names(files[2]!, serial));
    for (const file of inOrder) {
      expect(file.localNames).toEqual([]);
      expect([...file.records.given, ...file.records.surname].some(isOverlayId)).toBe(false);
    }
  });

  it('reads its local names before merging and the same strings after', () => {
    const model = testModel(POPULATION);
    const file = makeAgencyFile(model, generateShard(model, 3, 20_000), agency, 1);
    const before = [...file.records.surname].map((id) => file.name(id, model.dictionary));
    expect([...file.records.surname].some(isOverlayId)).toBe(true);
    file.mergeNames(model.dictionary);
    expect([...file.records.surname].map((id) => file.name(id, model.dictionary))).toEqual(before);
  });

  it('names its noise flags in bit order', () => {
    expect(noiseNames(Noise.tinWrong | Noise.romanisation | Noise.mailAddress)).toEqual([
      'romanisation',
      'tinWrong',
      'mailAddress',
    ]);
    expect(new Set(Object.values(Noise)).size).toBe(Object.keys(Noise).length);
    expect(Math.max(...Object.values(Noise))).toBeLessThan(1 << 16);
  });
});
