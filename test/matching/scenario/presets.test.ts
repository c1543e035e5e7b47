import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { US_POPULATION } from '../../../src/matching/namesakes/checkName';
import { parseScenario, SCENARIO_VERSION } from '../../../src/matching/scenario';

const DIR = 'datasets/scenarios';
const PRESETS = ['irs-ice-2025', 'korean-neighborhood', 'name-dob-national', 'shared-addresses'];

describe('preset scenarios', () => {
  it('are the documented four', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(PRESETS.map((p) => `${p}.json`));
  });

  for (const name of PRESETS) {
    it(`${name} parses, points at the JSON Schema and says what it shows`, () => {
      const json = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(json['$schema']).toBe('../scenario.schema.json');
      expect(json['version']).toBe(SCENARIO_VERSION);
      const scenario = parseScenario(json);
      expect(scenario.meta.title).not.toBe('Untitled scenario');
      expect(scenario.meta.summary.length).toBeGreaterThan(20);
    });
  }

  it('keeps national populations at national size', () => {
    for (const name of ['irs-ice-2025', 'name-dob-national']) {
      const scenario = parseScenario(JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')));
      expect(scenario.population.size).toBe(US_POPULATION);
    }
  });
});
