/**
 * Reading a scenario: migrate it to the current version, validate it against the schema (the
 * first problem is reported with its JSON path), then check what the schema alone cannot: that
 * every uncertain parameter names a number of the scenario and that its range holds values the
 * parameter accepts.
 */
import { engineError, EngineError } from '../messages';
import { parseWithSchema } from '../validation';
import { migrateScenario } from './migrate';
import { numberAt, withValueAt } from './parameterPath';
import { checkNameRule } from '../pipeline/nameRule';
import { ScenarioSchema, type Scenario } from './ScenarioSchema';

/** Validates a scenario of any version and fills in the defaults; errors name the JSON path. */
export function parseScenario(input: unknown): Scenario {
  const scenario = parseWithSchema(ScenarioSchema, migrateScenario(input ?? {}));
  // The two name matches' rules, checked against the comparison fields now, not in a worker.
  checkNameRule(scenario.replay.namePath.name, 'replay.namePath.name');
  checkNameRule(scenario.replay.crossReference.name, 'replay.crossReference.name');
  scenario.monteCarlo.uncertain.forEach((p, i) => {
    const at = `monteCarlo.uncertain.${i}`;
    if (numberAt(scenario, p.path) === undefined)
      throw engineError('scenarioNotAParameter', `${at}.path`, p.path);
    for (const bound of ['low', 'high'] as const) {
      try {
        withParameter(scenario, p.path, p[bound]);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        // The parameter's own problem, without its "scenario <path>:" (the path is said here).
        const detail = error.message.replace(/^scenario [^:]*: /, '');
        throw engineError(
          'configInvalid',
          `${at}.${bound}`,
          `not a valid value of ${p.path}: ${detail}`,
        );
      }
    }
    // Draws fall anywhere in the range: a parameter that takes whole numbers only cannot be drawn.
    const inside = p.low + (p.high - p.low) * 0.381966;
    try {
      if (!Number.isInteger(inside)) withParameter(scenario, p.path, inside);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      throw engineError(
        'configInvalid',
        `${at}.path`,
        `"${p.path}" does not take every value between low and high (${error.message}), so it cannot be drawn per replicate; sweep it instead (namesake sweep)`,
      );
    }
  });
  return scenario;
}

/**
 * The scenario with one parameter changed and validated again (a value out of the parameter's
 * range is refused with its path). Used by Monte Carlo draws, calibration and sweeps. A
 * parameter set here is fixed: it leaves `monteCarlo.uncertain`, so a sweep point or a
 * calibration run replays the value it sets rather than a fresh draw from the range.
 */
export function withParameter(scenario: Scenario, path: string, value: number): Scenario {
  return withParameters(scenario, { [path]: value });
}

/** The scenario with several parameters changed (and fixed) at once, validated once. */
export function withParameters(scenario: Scenario, values: Record<string, number>): Scenario {
  let changed: Scenario = scenario;
  for (const [path, value] of Object.entries(values)) {
    if (numberAt(scenario, path) === undefined)
      throw engineError('scenarioNotAParameter', path, path);
    changed = withValueAt(changed, path, value);
  }
  const uncertain = changed.monteCarlo.uncertain.filter((p) => !Object.hasOwn(values, p.path));
  if (uncertain.length < changed.monteCarlo.uncertain.length)
    changed = { ...changed, monteCarlo: { ...changed.monteCarlo, uncertain } };
  return parseWithSchema(ScenarioSchema, changed);
}
