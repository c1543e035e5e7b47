/**
 * A scenario named on the command line: a JSON file, or a preset by name (a file of
 * datasets/scenarios/, e.g. "irs-ice-2025"). `namesake run`, `sweep` and `calibrate` read
 * theirs through `readScenario`; problems are usage errors naming the file and the JSON path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { engineError, EngineError } from '../matching/messages';
import { parseScenario, type Scenario } from '../matching/scenario';
import { DEFAULT_DATASETS_DIR } from '../node/loadDatasets';
import { cliMessage, UsageError } from './messages';
import { readScenarioObject } from './scenarioFile';

/** The folder of preset scenarios. */
export function presetsDir(datasetsDir = DEFAULT_DATASETS_DIR): string {
  return join(datasetsDir, 'scenarios');
}

/** Names of the presets, sorted ("irs-ice-2025", …). */
export function presetNames(datasetsDir = DEFAULT_DATASETS_DIR): string[] {
  const dir = presetsDir(datasetsDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

/** The file a scenario argument names: the path itself if it exists, else a preset's file. */
export function scenarioFilePath(nameOrFile: string, datasetsDir = DEFAULT_DATASETS_DIR): string {
  if (existsSync(nameOrFile)) return nameOrFile;
  const preset = join(presetsDir(datasetsDir), `${nameOrFile}.json`);
  if (!nameOrFile.includes('/') && !nameOrFile.endsWith('.json') && existsSync(preset))
    return preset;
  throw new UsageError(
    engineError('scenarioUnknownPreset', nameOrFile, presetNames(datasetsDir)).message,
  );
}

export interface NamedScenario {
  /** The file read (a preset's path for a preset). */
  file: string;
  /** The preset's name, or null for a file of the user's. */
  preset: string | null;
  scenario: Scenario;
}

/** Reads, migrates and validates a scenario file or preset. */
export function readScenario(
  nameOrFile: string,
  datasetsDir = DEFAULT_DATASETS_DIR,
): NamedScenario {
  const file = scenarioFilePath(nameOrFile, datasetsDir);
  const json = readScenarioObject(file);
  try {
    return {
      file,
      preset: file === nameOrFile ? null : nameOrFile,
      scenario: parseScenario(json),
    };
  } catch (error) {
    if (error instanceof EngineError)
      throw new UsageError(cliMessage.scenarioInvalid(file, error.message));
    throw error;
  }
}
