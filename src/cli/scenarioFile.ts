/**
 * Reads a scenario file (or a preset by name) for `namesake population`, `link` and
 * `check-name`: the whole file is
 * migrated and validated as `namesake run` validates it (version, unknown keys, every member,
 * errors naming the file and the JSON path), then its `population` member configures the
 * population, with the command's --size and --seed over it, and its `link` member configures
 * `namesake link`; anything left out takes its default.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseJsonText } from '../matching/io/jsonText';
import { engineError, EngineError } from '../matching/messages';
import { DEFAULT_DATASETS_DIR } from '../node/loadDatasets';
import { parsePopulationConfig, type PopulationConfig } from '../matching/population/config';
import { parseLinkScenario, type LinkScenario } from '../matching/linking/linkScenario';
import { migrateScenario, parseScenario } from '../matching/scenario';
import { cliMessage, UsageError } from './messages';

type Json = Record<string, unknown>;

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

/**
 * The file a scenario argument names: the path itself if it exists, else a preset's file. A
 * name that can only be a path (a folder in it, or ending in .json) is said to be missing.
 */
export function scenarioFilePath(nameOrFile: string, datasetsDir = DEFAULT_DATASETS_DIR): string {
  if (existsSync(nameOrFile)) return nameOrFile;
  const path = /[/\\]/.test(nameOrFile) || nameOrFile.endsWith('.json');
  if (path) throw new UsageError(cliMessage.scenarioFileMissing(nameOrFile));
  const preset = join(presetsDir(datasetsDir), `${nameOrFile}.json`);
  if (existsSync(preset)) return preset;
  throw new UsageError(
    engineError('scenarioUnknownPreset', nameOrFile, presetNames(datasetsDir)).message,
  );
}

/** The scenario file as a JSON object ({} without a file). */
export function readScenarioObject(file: string | undefined): Json {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EISDIR'
        ? cliMessage.scenarioIsFolder(file)
        : code === 'ENOENT'
          ? cliMessage.scenarioFileMissing(file)
          : cliMessage.scenarioUnreadable(file, code ?? String(error)),
    );
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(cliMessage.scenarioNotJson(file, parsed.problem));
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(cliMessage.scenarioInvalid(file, 'expected a JSON object'));
  }
  return json as Json;
}

/**
 * The scenario file at the current version, checked whole ({} without a file): a file `namesake
 * run` would refuse is refused here too, with the same message.
 */
export function readScenarioFile(
  nameOrFile: string | undefined,
  datasetsDir = DEFAULT_DATASETS_DIR,
): Json {
  if (!nameOrFile) return {};
  const file = scenarioFilePath(nameOrFile, datasetsDir);
  const json = readScenarioObject(file);
  return validated(file, () => {
    parseScenario(json);
    return migrateScenario(json);
  });
}

function member(json: Json, key: string, file: string | undefined): Json {
  const value = json[key];
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      cliMessage.scenarioInvalid(file ?? '(options)', `"${key}" must be an object`),
    );
  }
  return { ...(value as Json) };
}

/** Engine validation errors become usage errors naming the file. */
function validated<T>(file: string | undefined, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof EngineError) {
      throw new UsageError(file ? cliMessage.scenarioInvalid(file, error.message) : error.message);
    }
    throw error;
  }
}

export function populationFrom(
  json: Json,
  file: string | undefined,
  overrides: { size?: number; seed?: number },
): PopulationConfig {
  const population = member(json, 'population', file);
  if (overrides.size !== undefined) population['size'] = overrides.size;
  if (overrides.seed !== undefined) population['seed'] = overrides.seed;
  return validated(file, () => parsePopulationConfig(population, 'population'));
}

export function linkFrom(json: Json, file: string | undefined): LinkScenario {
  return validated(file, () => parseLinkScenario(member(json, 'link', file), 'link'));
}

export function readPopulationConfig(
  file: string | undefined,
  overrides: { size?: number; seed?: number },
): PopulationConfig {
  return populationFrom(readScenarioFile(file), file, overrides);
}
