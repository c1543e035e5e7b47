/**
 * Reads a scenario file for `namesake population`, `link` and `check-name`: the whole file is
 * migrated and validated as `namesake run` validates it (version, unknown keys, every member,
 * errors naming the file and the JSON path), then its `population` member configures the
 * population, with the command's --size and --seed over it, and its `link` member configures
 * `namesake link`; anything left out takes its default.
 */
import { readFileSync } from 'node:fs';
import { parseJsonText } from '../matching/io/jsonText';
import { EngineError } from '../matching/messages';
import { parsePopulationConfig, type PopulationConfig } from '../matching/population/config';
import { parseLinkScenario, type LinkScenario } from '../matching/linking/linkScenario';
import { migrateScenario, parseScenario } from '../matching/scenario';
import { cliMessage, UsageError } from './messages';

type Json = Record<string, unknown>;

/** The scenario file as a JSON object ({} without a file). */
export function readScenarioObject(file: string | undefined): Json {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      cliMessage.scenarioUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)),
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
export function readScenarioFile(file: string | undefined): Json {
  if (!file) return {};
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
