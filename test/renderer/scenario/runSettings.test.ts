import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../src/matching/scenario';
import {
  expectedSeconds,
  formatDuration,
  QUICK,
  quickDifferences,
  quickSettings,
} from '../../../renderer/src/scenario/runSettings';

const preset = (name: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../datasets/scenarios', `${name}.json`), 'utf8'),
  ) as Record<string, unknown>;

describe('quick settings', () => {
  it('cap the population, sample the list, run one replicate, and stay a valid scenario', () => {
    const quick = parseScenario(quickSettings(preset('irs-ice-2025')));
    expect(quick.population.size).toBe(QUICK.populationSize);
    expect(quick.replay.list.sample).toBe(QUICK.listSample);
    expect(quick.monteCarlo.replicates).toBe(1);
    expect(quick.population.itinShare).toBe(0.353);
  });

  it('keep a population already at its real size, and say what they change', () => {
    const neighbourhood = preset('korean-neighborhood');
    expect(parseScenario(quickSettings(neighbourhood)).population.size).toBe(250_000);
    expect(quickDifferences(neighbourhood)).toEqual(['1 replicate instead of 5 (no interval)']);
    expect(quickDifferences(preset('irs-ice-2025'))[0]).toMatch(
      /^population 500,000 instead of 340,110,988 \(fewer namesakes/,
    );
  });

  it('are expected to take seconds, where the full-scale run takes hours', () => {
    expect(expectedSeconds(quickSettings(preset('irs-ice-2025')), 2)).toBeLessThan(30);
    expect(formatDuration(expectedSeconds(preset('irs-ice-2025'), 2))).toMatch(/h$/);
  });
});
