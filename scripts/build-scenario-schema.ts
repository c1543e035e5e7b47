/**
 * Writes datasets/scenario.schema.json, the JSON Schema of scenario files, generated from the
 * zod schema (src/matching/scenario). Run with `npm run schema`; test/matching/scenario/
 * jsonSchema.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCENARIO_SCHEMA_FILE,
  scenarioJsonSchemaText,
} from '../src/matching/scenario/jsonSchema.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', SCENARIO_SCHEMA_FILE);
const text = scenarioJsonSchemaText();
writeFileSync(file, text);
console.log(`${SCENARIO_SCHEMA_FILE}: ${text.length.toLocaleString('en-US')} bytes`);
