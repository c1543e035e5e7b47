/**
 * The app's view of scenario files, all through the engine's scenario module: the editor's
 * form (from the generated JSON Schema), every problem of a draft with its path, and the full
 * scenario with defaults filled in.
 */
import {
  migrateScenario,
  parseScenario,
  scenarioJsonSchema,
  ScenarioSchema,
  type Scenario,
} from '../../../src/matching/scenario';
import { EngineError } from '../../../src/matching/messages';
import { schemaTree, type JsonSchema, type SchemaGroup } from './schemaFields';
import { zodIssues, type FieldIssue } from './validateDraft';

let tree: SchemaGroup | null = null;

/** The editor's form, built once. */
export function scenarioTree(): SchemaGroup {
  tree ??= schemaTree(scenarioJsonSchema() as JsonSchema) as SchemaGroup;
  return tree;
}

/** "scenario population.size: must be at most …" → { path: "population.size", message: "must be at most …" }. */
export function issueOfMessage(message: string): FieldIssue {
  const match = /^scenario (\S+): (.*)$/s.exec(message);
  return match
    ? { path: match[1] === '(root)' ? '' : match[1]!, message: match[2]! }
    : { path: '', message };
}

/** Every problem of a draft, each with its path ([] when it is a valid scenario). */
export function draftIssues(draft: unknown): FieldIssue[] {
  let migrated: unknown;
  try {
    migrated = migrateScenario(draft ?? {});
  } catch (error) {
    return [issueOfMessage((error as Error).message)];
  }
  const issues = zodIssues(ScenarioSchema, migrated);
  if (issues.length > 0) return issues;
  try {
    parseScenario(draft);
    return [];
  } catch (error) {
    if (error instanceof EngineError) return [issueOfMessage(error.message)];
    throw error;
  }
}

/** The full scenario (defaults filled in); throws EngineError naming the path of a problem. */
export function fullScenario(draft: unknown): Scenario {
  return parseScenario(draft);
}
