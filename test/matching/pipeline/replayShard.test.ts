import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskEnv } from '../../../src/matching/pipeline/executor';
import { replayShard, type ReplayShardOutput } from '../../../src/matching/pipeline/replayShard';
import { parseScenario } from '../../../src/matching/scenario';
import { AgencyDraft } from '../../../src/matching/views/makeAgencyFile';
import { testDatasets } from '../../helpers/datasets';

function withoutLocalIds(output: ReplayShardOutput): unknown {
  const { given: _g, surname: _s, ...records } = output.disclosures.records;
  return { ...output, disclosures: { ...output.disclosures, records } };
}

describe('replayShard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same output when every IRS record is written as when only those it looks at are', () => {
    // A dense region, so that both match paths find candidates in the shard.
    const scenario = parseScenario({
      population: { size: 200_000, seed: 3, apartmentShare: { native: 0.6, foreignBorn: 0.8 } },
      replay: { list: { size: 2_000 } },
    });
    const input = { population: scenario.population, replay: scenario.replay };
    const env = taskEnv(testDatasets());
    const onDemand = replayShard(env, input, 0);
    const writeNames = AgencyDraft.prototype.writeNames;
    const written: number[] = [];
    vi.spyOn(AgencyDraft.prototype, 'writeNames').mockImplementation(function (
      this: AgencyDraft,
      which?: ArrayLike<number>,
    ) {
      written.push(which?.length ?? this.size);
      writeNames.call(this);
    });
    const everyRecord = replayShard(env, input, 0);
    // Disclosed records' name ids are the file's local ids, numbered in the order new strings
    // were made, so they differ when more records are written; the strings (givenName,
    // surnameName), which the merge re-interns, must not.
    expect(withoutLocalIds(everyRecord)).toEqual(withoutLocalIds(onDemand));
    expect(everyRecord.disclosures.givenName).toEqual(onDemand.disclosures.givenName);
    expect(everyRecord.disclosures.surnameName).toEqual(onDemand.disclosures.surnameName);
    // The replay asked for a few of the filers' names, and the mock wrote them all instead.
    expect(onDemand.disclosures.givenName.length).toBeGreaterThan(0);
    expect(written.length).toBeGreaterThan(0);
  });
});
