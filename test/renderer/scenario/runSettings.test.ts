import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../src/matching/scenario';
import {
  expectedSeconds,
  formatDuration,
  recordRunTime,
  QUICK,
  quickDifferences,
  quickSettings,
} from '../../../renderer/src/scenario/runSettings';

const preset = (name: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../datasets/scenarios', `${name}.json`), 'utf8'),
  ) as Record<string, unknown>;

describe('quick settings', () => {
  it('model a real-size region with its own share of the list, never a shrunk nation', () => {
    const national = preset('irs-ice-2025');
    const quick = parseScenario(quickSettings(national));
    expect(quick.population.size).toBe(QUICK.regionSize);
    // 1,280,000 × 500,000 / 340,110,988 people: the region's share of the list, not all of it.
    expect(quick.replay.list.size).toBe(Math.round((1_280_000 * 500_000) / 340_110_988));
    expect(quick.replay.list.sample).toBeNull();
    expect(quick.monteCarlo.replicates).toBe(1);
    // The per-person rates stay the preset's own.
    expect(quick.population.itinShare).toBe(parseScenario(national).population.itinShare);
  });

  it('keep a population already at its real size, and say what they change', () => {
    const neighbourhood = preset('korean-neighborhood');
    expect(parseScenario(quickSettings(neighbourhood)).population.size).toBe(250_000);
    expect(quickDifferences(neighbourhood)).toEqual(['1 replicate instead of 5 (no interval)']);
    expect(quickDifferences(preset('irs-ice-2025'))[0]).toMatch(
      /^one region of 500,000 people at its real size instead of all 340,110,988, with its own 1,882 of the 1,280,000 people on the list: the region's counts, not the nation's/,
    );
  });

  it('are expected to take seconds, where the full-scale run takes minutes', () => {
    expect(expectedSeconds(quickSettings(preset('irs-ice-2025')), 2)).toBeLessThan(30);
    // Five replicates of 340 M people at the measured 0.28 s per million per core: ≈ 4 min
    // (3 min 51 s measured); one replicate ≈ 51 s (51.4–55 s measured); the quick run ≈ 3 s
    // (2.6–3.2 s measured).
    expect(formatDuration(expectedSeconds(preset('irs-ice-2025'), 2))).toBe('4 min');
    const one = { ...preset('irs-ice-2025'), monteCarlo: { replicates: 1 } };
    expect(formatDuration(expectedSeconds(one, 2))).toBe('51 s');
    expect(formatDuration(expectedSeconds(quickSettings(preset('irs-ice-2025')), 2))).toBe('3 s');
    // A one-shard population runs on one thread, however many cores there are.
    const region = quickSettings(preset('irs-ice-2025'));
    expect(expectedSeconds(region, 8)).toBe(expectedSeconds(region, 1));
  });
});

// Last: a recorded run changes the module's estimates for every later call.
describe('recorded run times', () => {
  it('give back the time of the run they measured, one-shard runs on one thread included', () => {
    const oneShard = {
      population: { size: 500_000 },
      monteCarlo: { replicates: 40 },
    };
    recordRunTime(oneShard, 30);
    expect(expectedSeconds(oneShard, 8)).toBeCloseTo(30, 6);
    const national = { population: { size: 20_000_000 }, monteCarlo: { replicates: 1 } };
    recordRunTime(national, 20);
    expect(expectedSeconds(national, 2)).toBeCloseTo(20, 6);
  });
});
