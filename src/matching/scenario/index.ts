/** Scenario files: the schema, reading and migrating, the JSON Schema, and parameter paths. */
export { SCENARIO_VERSION, ScenarioSchema, ScenarioMetaSchema } from './ScenarioSchema';
export type { Scenario, ScenarioInput, ScenarioMeta } from './ScenarioSchema';
export { parseScenario, withParameter, withParameters } from './parseScenario';
export { migrateScenario, scenarioVersion } from './migrate';
export { scenarioJsonSchema, scenarioJsonSchemaText, SCENARIO_SCHEMA_FILE } from './jsonSchema';
export { MonteCarloSchema, UncertainParameterSchema, parameterQuantile } from './monteCarlo';
export type { MonteCarloConfig, UncertainParameter, Distribution } from './monteCarlo';
export { numberAt, valueAt, withValueAt } from './parameterPath';
export {
  parseSweepAxis,
  sweepPoints,
  sweepCsvHeader,
  sweepCsvRow,
  SWEEP_MEASURES,
} from './sweepGrid';
export type { SweepAxis } from './sweepGrid';
export { calibrate, MAX_PROFILE_ROUNDS, profileOf, profileTolerance } from './calibrate';
export type { CalibrationReport, CalibrationRun, ParameterProfile, Measurement } from './calibrate';
export { CALIBRATION_TARGETS, fitTargets } from './calibrationTargets';
export type { CalibrationTargetSpec, TargetFit } from './calibrationTargets';
export { CALIBRATION_RANGES } from './calibrationRanges';
export type { CalibrationRange } from './calibrationRanges';
