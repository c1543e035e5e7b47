/**
 * A scenario file the user opened or dropped: JSON, an object, and a valid scenario. Every
 * problem is one clear sentence naming the file and, for a schema problem, the JSON path.
 */
import { parseJsonText } from '../../../src/matching/io/jsonText';
import { EngineError } from '../../../src/matching/messages';
import { appMessage } from '../messages';
import { fullScenario } from './scenarioModel';

export interface OpenedScenario {
  name: string;
  title: string;
  draft: Record<string, unknown>;
}

export function openScenarioFile(name: string, text: string): OpenedScenario {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Error(appMessage.scenarioNotJson(name, parsed.problem));
  const json = parsed.value;
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error(appMessage.scenarioNotObject(name));
  try {
    const scenario = fullScenario(json);
    return { name, title: scenario.meta.title, draft: json as Record<string, unknown> };
  } catch (error) {
    if (error instanceof EngineError)
      throw new Error(appMessage.scenarioInvalid(name, error.message));
    throw error;
  }
}
