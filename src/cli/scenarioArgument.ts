/**
 * A scenario named on the command line: a JSON file, or a preset by name (a file of
 * datasets/scenarios/, e.g. "irs-ice-2025"). `namesake run`, `sweep` and `calibrate` read
 * theirs through `readScenario`; problems are usage errors naming the file and the JSON path.
 */
import { EngineError } from '../matching/messages';
import { parseScenario, type Scenario } from '../matching/scenario';
import { DEFAULT_DATASETS_DIR } from '../node/loadDatasets';
import { cliMessage, UsageError } from './messages';
import { readScenarioObject, scenarioFilePath } from './scenarioFile';

export { presetNames, presetsDir, scenarioFilePath } from './scenarioFile';

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
