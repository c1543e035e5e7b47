/**
 * Reads a scenario file for the command line. Until the full scenario schema arrives (issue
 * #4), a scenario is a JSON object whose `population` member configures the population;
 * anything the file leaves out takes its default.
 */
import { readFileSync } from 'node:fs';
import { EngineError } from '../matching/messages';
import { parsePopulationConfig, type PopulationConfig } from '../matching/population/config';
import { cliMessage, UsageError } from './messages';

export function readPopulationConfig(
  file: string | undefined,
  overrides: { size?: number; seed?: number },
): PopulationConfig {
  let population: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        cliMessage.scenarioUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)),
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(cliMessage.scenarioNotJson(file, (error as Error).message));
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new UsageError(cliMessage.scenarioInvalid(file, 'expected a JSON object'));
    }
    const member = (json as Record<string, unknown>)['population'];
    if (
      member !== undefined &&
      (typeof member !== 'object' || member === null || Array.isArray(member))
    ) {
      throw new UsageError(cliMessage.scenarioInvalid(file, '"population" must be an object'));
    }
    population = { ...(member as Record<string, unknown> | undefined) };
  }
  if (overrides.size !== undefined) population['size'] = overrides.size;
  if (overrides.seed !== undefined) population['seed'] = overrides.seed;
  try {
    return parsePopulationConfig(population, 'population');
  } catch (error) {
    if (error instanceof EngineError)
      throw new UsageError(file ? cliMessage.scenarioInvalid(file, error.message) : error.message);
    throw error;
  }
}
