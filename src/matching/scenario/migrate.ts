/**
 * Brings a scenario file written for an older version of the format up to the current one, so
 * old files keep working. Each step takes version n to n + 1; a file states its version, and a
 * file without one is version 0.
 *
 * Version 0 (before issue #4): an unversioned object with only `population` and `link`.
 * Version 1: adds `version`, `meta`, `replay` and `monteCarlo`; `population` and `link` are
 * unchanged, so the step only stamps the version.
 */
import { engineError } from '../messages';
import { SCENARIO_VERSION } from './ScenarioSchema';

type Json = Record<string, unknown>;

const STEPS: ((scenario: Json) => Json)[] = [
  // 0 → 1
  (scenario) => ({ ...scenario, version: 1 }),
];

/** The version a file declares: its `version`, or 0 without one. */
export function scenarioVersion(input: Json): number {
  const version = input['version'];
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw engineError('configInvalid', 'version', 'expected a whole number (the format version)');
  return version;
}

/**
 * The scenario at the current version (the input is not modified). A version newer than this
 * build knows is refused rather than guessed at.
 */
export function migrateScenario(input: unknown): Json {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw engineError('configInvalid', '', 'expected a JSON object');
  let scenario = { ...(input as Json) };
  const from = scenarioVersion(scenario);
  if (from > SCENARIO_VERSION) throw engineError('scenarioTooNew', from, SCENARIO_VERSION);
  for (let v = from; v < SCENARIO_VERSION; v++) scenario = STEPS[v]!(scenario);
  return scenario;
}
