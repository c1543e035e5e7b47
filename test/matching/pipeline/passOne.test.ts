import { describe, expect, it } from 'vitest';
import { testDatasets } from '../../helpers/datasets';
import { parseScenario, type ScenarioInput } from '../../../src/matching/scenario';
import { REUSED_PASS_COST, runReplay } from '../../../src/matching/pipeline/runReplay';
import {
  InThreadExecutor,
  type ShardExecutor,
  type ShardRunOptions,
} from '../../../src/matching/pipeline/executor';
import {
  PassOneCache,
  passOneKey,
  passOneSettings,
  typedBytes,
  type PassOne,
} from '../../../src/matching/pipeline/passOne';
import type { ShardTaskName, TaskShared } from '../../../src/matching/pipeline/tasks';
import { SHARD_SIZE } from '../../../src/matching/population/PopulationShard';

const datasets = testDatasets();

/** One shard with a dense Korean-American community, two replicates. */
const BASE: ScenarioInput = {
  population: { size: 120_000, seed: 5, communityShare: { korean: 0.3 } },
  replay: { list: { size: 1_280_000 }, crossReference: { name: { kind: 'fuse', threshold: 0.6 } } },
  monteCarlo: { replicates: 2 },
};

/** BASE with pass-2 settings changed: the cross-reference's rule, the list sample, examples. */
const PASS_TWO_VARIANT: ScenarioInput = {
  ...BASE,
  replay: {
    list: { size: 1_280_000, sample: 500 },
    crossReference: { name: { kind: 'fuse', threshold: 0.2 }, useDob: true },
    examples: 3,
  },
};

/** The in-thread executor, counting the replay's shard tasks it is given. */
class CountingExecutor implements ShardExecutor {
  readonly threads = 1;
  passOneShards = 0;
  private readonly inner = new InThreadExecutor(datasets);

  run<K extends ShardTaskName>(
    task: K,
    shared: TaskShared<K>,
    shards: number,
    options?: ShardRunOptions,
  ) {
    if (task === 'replayShard') this.passOneShards += shards;
    return this.inner.run(task, shared, shards, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

const fresh = async (input: ScenarioInput) =>
  JSON.stringify(await runReplay(parseScenario(input), datasets));

describe('reusing pass 1', () => {
  it('gives a pass-2 variant the numbers a fresh run gives, without running pass 1 again', async () => {
    const executor = new CountingExecutor();
    const passOne = new PassOneCache(1 << 30);
    const base = await runReplay(parseScenario(BASE), datasets, { executor, passOne });
    expect(executor.passOneShards).toBe(2); // one shard, two replicates
    expect(passOne.size).toBe(2);

    const reused: number[] = [];
    const variant = await runReplay(parseScenario(PASS_TWO_VARIANT), datasets, {
      executor,
      passOne,
      onPassOneReused: (r) => reused.push(r),
    });
    expect(executor.passOneShards).toBe(2);
    expect(reused).toEqual([0, 1]);
    expect(JSON.stringify(variant)).toBe(await fresh(PASS_TWO_VARIANT));
    expect(JSON.stringify(variant)).not.toBe(JSON.stringify(base));

    // Pass 2 left the stored passes as they were: the base again is the base.
    const again = await runReplay(parseScenario(BASE), datasets, { executor, passOne });
    expect(executor.passOneShards).toBe(2);
    expect(JSON.stringify(again)).toBe(JSON.stringify(base));
    expect(JSON.stringify(base)).toBe(await fresh(BASE));
  });

  it('runs pass 1 again when a setting it reads changes', async () => {
    const executor = new CountingExecutor();
    const passOne = new PassOneCache(1 << 30);
    await runReplay(parseScenario(BASE), datasets, { executor, passOne });
    const staler: ScenarioInput = {
      ...BASE,
      replay: { ...BASE.replay, irs: { noise: { staleAddress: 0.5 } } },
    };
    const result = await runReplay(parseScenario(staler), datasets, { executor, passOne });
    expect(executor.passOneShards).toBe(4);
    expect(JSON.stringify(result)).toBe(await fresh(staler));
    const reseeded: ScenarioInput = { ...BASE, population: { ...BASE.population, seed: 6 } };
    await runReplay(parseScenario(reseeded), datasets, { executor, passOne });
    // Replicate r runs seed + r: seed 6's first replicate is seed 5's second, already stored.
    expect(executor.passOneShards).toBe(5);
  });

  it('does not keep a pass stopped midway', async () => {
    const passOne = new PassOneCache(1 << 30);
    const scenario = parseScenario({
      ...BASE,
      population: { ...BASE.population, size: SHARD_SIZE + 20_000 },
      monteCarlo: { replicates: 1 },
    });
    const controller = new AbortController();
    const result = await runReplay(scenario, datasets, {
      passOne,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'population' && p.fraction > 0) controller.abort();
      },
    });
    expect(result.run.complete).toBe(false);
    expect(passOne.size).toBe(0);
  });

  it('keys pass 1 by its own settings only, in any key order', () => {
    const a = parseScenario(BASE);
    const b = parseScenario(PASS_TWO_VARIANT);
    const key = (s: typeof a) => passOneKey(s.population, passOneSettings(s.replay));
    expect(key(b)).toBe(key(a));
    const settings = passOneSettings(a.replay);
    expect(settings).not.toHaveProperty('crossReference');
    expect(settings).not.toHaveProperty('examples');
    expect(settings.list).not.toHaveProperty('size');
    expect(settings.list).not.toHaveProperty('sample');
    const reordered = Object.fromEntries(Object.entries(settings).reverse()) as typeof settings;
    expect(passOneKey(a.population, reordered)).toBe(key(a));
    const other = parseScenario({
      ...BASE,
      replay: { ...BASE.replay, screen: { minDaysSinceOrder: 30 } },
    });
    expect(key(other)).not.toBe(key(a));
  });

  it('keeps the most recently used passes within its byte limit', () => {
    const pass = (bytes: number) =>
      ({
        model: null,
        merged: { truth: { given: new Uint32Array(bytes / 4) } },
      }) as unknown as PassOne;
    const cache = new PassOneCache(1000);
    cache.set('a', pass(400));
    cache.set('b', pass(400));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', pass(400));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    cache.set('huge', pass(2000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
    expect(typedBytes({ x: new Uint32Array(3), y: [new Uint8Array(5)], z: 'text' })).toBe(17);
  });

  it('keeps the passes a run says it keeps, so a rerun of more replicates than fit reuses some', () => {
    const pass = () =>
      ({ model: null, merged: { truth: { given: new Uint32Array(100) } } }) as unknown as PassOne;
    const cache = new PassOneCache(1200); // room for three passes of 400 bytes
    const run = ['r0', 'r1', 'r2', 'r3', 'r4'];
    const keep = new Set(run);
    const rerun = () => {
      const hits = run.filter((key) => {
        if (cache.get(key)) return true;
        cache.set(key, pass(), keep);
        return false;
      });
      return hits;
    };
    expect(rerun()).toEqual([]);
    // Least recently used alone would have dropped r0, r1, … in turn and reused none.
    expect(rerun()).toEqual(['r0', 'r1', 'r2']);
    expect(rerun()).toEqual(['r0', 'r1', 'r2']);
    expect(cache.has('r3')).toBe(false);
    // Another run's passes push out this run's, least recently used first.
    cache.set('other', pass(), new Set(['other']));
    expect(cache.has('other')).toBe(true);
    expect(cache.size).toBe(3);
    expect(cache.has('r0')).toBe(false);
  });

  it('weighs reused replicates by their cross-reference alone in the progress', async () => {
    const passOne = new PassOneCache(1 << 30);
    const one: ScenarioInput = { ...BASE, monteCarlo: { replicates: 1 } };
    await runReplay(parseScenario(one), datasets, { passOne });
    // Replicate 0 is stored, replicate 1 is not: the first is a tenth of the second's time.
    const fractions: number[] = [];
    await runReplay(parseScenario(BASE), datasets, {
      passOne,
      onProgress: (p) => fractions.push(p.fraction),
    });
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    const afterFirst = REUSED_PASS_COST / (REUSED_PASS_COST + 1);
    expect(fractions).toContainEqual(expect.closeTo(afterFirst, 12));
    expect(fractions.filter((f) => f > 0 && f < afterFirst - 1e-12)).toEqual([]);
  });
});
