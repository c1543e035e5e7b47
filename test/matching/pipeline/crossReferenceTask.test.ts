/**
 * ICE's cross-reference split over threads: each part gets the records as a worker would (a
 * structured clone, names as a table of strings) and links every parts-th disclosure, and the
 * links put back together are the links one IceCrossReference makes of every disclosure.
 */
import { describe, expect, it } from 'vitest';
import { RomanisationFamilies } from '../../../src/matching/comparison/names/romanisationFamilies';
import { allocateLinkRecords, type LinkRecords } from '../../../src/matching/linking/LinkRecords';
import { crossReferenceLinks } from '../../../src/matching/pipeline/crossReferenceTask';
import {
  OneShardInThread,
  runShardTask,
  taskEnv,
  type ShardExecutor,
  type ShardRun,
} from '../../../src/matching/pipeline/executor';
import { IceCrossReference } from '../../../src/matching/pipeline/iceCrossReference';
import { NameJudge } from '../../../src/matching/pipeline/nameRule';
import { parseReplayConfig } from '../../../src/matching/pipeline/replayConfig';
import { Rng } from '../../../src/matching/random/prng';
import type { ShardTaskName, TaskOutput, TaskShared } from '../../../src/matching/pipeline/tasks';
import { testDatasets } from '../../helpers/datasets';

// Ids spaced out (as a merged dictionary's are), every other one in the tail model's range
// (from 2^30), so the table's renumbering is exercised both ways.
const GIVEN = ['MIN JUN', 'MIN-JUN', 'JI WOO', 'MARIA', 'MARIO', 'JOSE', 'THI', 'KIM', ''];
const SURNAME = ['KIM', 'GIM', 'LEE', 'YI', 'RHEE', 'PARK', 'GARCIA', 'NGUYEN', 'NGUEN', ''];
const NAMES = [...new Set([...GIVEN, ...SURNAME])].filter((n) => n !== '');
const TAIL = 2 ** 30;
const idOf = (name: string) => {
  const k = NAMES.indexOf(name);
  return name === '' ? 0 : k % 2 === 0 ? 1000 + 7 * k : TAIL + k;
};
const nameOf = (id: number) => NAMES[id >= TAIL ? id - TAIL : (id - 1000) / 7]!;

function records(rng: Rng, size: number): LinkRecords {
  const r = allocateLinkRecords(size);
  for (let i = 0; i < size; i++) {
    r.given[i] = idOf(GIVEN[rng.below(GIVEN.length)]!);
    r.surname[i] = idOf(SURNAME[rng.below(SURNAME.length)]!);
    r.dob[i] = 1 + rng.below(3);
  }
  return r;
}

/** Runs each part in this thread on a clone of the input, as `threads` workers would. */
class ClonedExecutor implements ShardExecutor {
  private readonly env = taskEnv(testDatasets());
  /** The shard counts of the runs asked for. */
  readonly runs: number[] = [];
  constructor(readonly threads: number) {}

  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
  ): Promise<ShardRun<TaskOutput<K>>> {
    this.runs.push(shards);
    const outputs = Array.from({ length: shards }, (_, k) =>
      runShardTask(this.env, task, structuredClone(shared), k),
    );
    return Promise.resolve({ outputs, done: shards });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('crossReferenceLinks', () => {
  const families = new RomanisationFamilies(testDatasets().communities);
  const rng = new Rng(21);
  const list = records(rng, 500);
  const disclosures = records(rng, 120);
  const queries = Uint32Array.from({ length: 200 }, () => rng.below(disclosures.size));
  const tieKeys = Uint32Array.from(queries, (_, q) => 77 * q + 3);

  const exactNameAndDob = {
    kind: 'rule',
    rule: {
      name: 'exact name + DOB',
      all: [
        { field: 'given', atMost: 0 },
        { field: 'surname', atMost: 0 },
        { field: 'dob', atMost: 0 },
      ],
    },
  };
  const cases = [
    { label: 'fuse.js 0.6', crossReference: { useDob: false } },
    { label: 'fuse.js 0.6, dates of birth break ties', crossReference: { useDob: true } },
    { label: 'a rule (exact name + DOB)', crossReference: { name: exactNameAndDob } },
  ];
  for (const { label, crossReference } of cases) {
    it(`gives one thread's links on 1, 2 and 3 threads: ${label}`, async () => {
      const replay = parseReplayConfig({ crossReference });
      const { name, useDob } = replay.crossReference;
      const judge = new NameJudge(name, nameOf, families, 'test');
      const one = new IceCrossReference(list, nameOf, families, judge, useDob, 5);
      const expected = Array.from(queries, (d, q) => one.link(disclosures, d, tieKeys[q]!));
      // Something to get right: links and misses, and for fuse.js links that are not exact.
      expect(expected.some((l) => l.position < 0)).toBe(true);
      expect(expected.some((l) => l.position >= 0)).toBe(true);
      if (judge.scored) expect(expected.some((l) => l.score > 0)).toBe(true);
      for (const threads of [1, 2, 3]) {
        const executor = new ClonedExecutor(threads);
        // Split however small the job (a real one this small stays on one thread).
        const links = await crossReferenceLinks(
          executor,
          nameOf,
          list,
          disclosures,
          queries,
          tieKeys,
          replay,
          5,
          { minQueriesPerPart: 1 },
        );
        expect(executor.runs).toEqual([threads]);
        expect(Array.from(links.positions)).toEqual(expected.map((l) => l.position));
        expect(Array.from(links.scores)).toEqual(expected.map((l) => l.score));
      }
    });
  }

  it('keeps a small job on one thread (a thread to start would cost more than it saves)', async () => {
    const replay = parseReplayConfig({});
    const executor = new ClonedExecutor(4);
    const many = Uint32Array.from({ length: 2500 }, (_, q) => q % disclosures.size);
    const manyKeys = Uint32Array.from(many, (_, q) => q);
    await crossReferenceLinks(executor, nameOf, list, disclosures, queries, tieKeys, replay, 5);
    await crossReferenceLinks(executor, nameOf, list, disclosures, many, manyKeys, replay, 5);
    // A replay caps the parts at its shard count; a bad minimum counts as 1.
    await crossReferenceLinks(executor, nameOf, list, disclosures, many, manyKeys, replay, 5, {
      maxParts: 1,
    });
    await crossReferenceLinks(executor, nameOf, list, disclosures, queries, tieKeys, replay, 5, {
      minQueriesPerPart: 0,
    });
    expect(executor.runs).toEqual([1, 3, 1, 4]);
  });

  it('runs a one-part job in this thread and starts the pool only for more (OneShardInThread)', async () => {
    const replay = parseReplayConfig({});
    const pools: ClonedExecutor[] = [];
    const executor = new OneShardInThread(testDatasets(), 2, () => {
      const pool = new ClonedExecutor(2);
      pools.push(pool);
      return pool;
    });
    const link = (minQueriesPerPart: number) =>
      crossReferenceLinks(executor, nameOf, list, disclosures, queries, tieKeys, replay, 5, {
        minQueriesPerPart,
      });
    const alone = await link(queries.length);
    expect(pools).toHaveLength(0);
    const split = await link(1);
    expect(pools).toHaveLength(1);
    expect(pools[0]!.runs).toEqual([2]);
    expect(Array.from(split.positions)).toEqual(Array.from(alone.positions));
    expect(Array.from(split.scores)).toEqual(Array.from(alone.scores));
    await link(1);
    expect(pools).toHaveLength(1);
    // Closed (a cancelled run's executor): nothing more runs, and no pool starts.
    await executor.close();
    await expect(link(1)).rejects.toThrow('closed');
    await expect(link(queries.length)).rejects.toThrow('closed');
    expect(pools).toHaveLength(1);
  });
});
