/**
 * The JSON Schema of scenario files, generated from the zod schema (never kept by hand): editors
 * validate and complete files with it, and the app's scenario editor builds its form from it —
 * titles, descriptions (each ending with the default and the source), minimum and maximum.
 * `npm run schema` writes it to datasets/scenario.schema.json; a test checks it is current.
 */
import { z } from 'zod';
import { ScenarioSchema, SCENARIO_VERSION } from './ScenarioSchema';

/** Where the committed JSON Schema lives, relative to the repository (and to presets: "../"). */
export const SCENARIO_SCHEMA_FILE = 'datasets/scenario.schema.json';
export const SCENARIO_SCHEMA_ID = `https://namesake.local/scenario-v${SCENARIO_VERSION}.schema.json`;

/**
 * The JSON Schema of what a scenario file may contain (defaults make every member optional).
 * Sub-schemas are written inline rather than as shared $defs, so every property carries its
 * own minimum, maximum, default and description where a form builder looks for them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' });
  inheritDescriptions(schema as SchemaNode);
  return { ...schema, $id: SCENARIO_SCHEMA_ID };
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

/**
 * Members documented as a group (one share per community, per legal status) get the group's
 * text, prefixed by their key, so every field of the editor has its tooltip.
 */
function inheritDescriptions(node: SchemaNode): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (child.description === undefined && node.description !== undefined)
      child.description = `${key}: ${node.description}`;
    inheritDescriptions(child);
  }
}

/** The file's text: two-space JSON with a final newline, so a rebuild gives identical bytes. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
