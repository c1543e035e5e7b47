import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SCENARIO_SCHEMA_FILE,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
} from '../../../src/matching/scenario';

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  title?: string;
}

describe('scenario JSON Schema', () => {
  it('is committed as generated (run "npm run schema" after changing the schema)', () => {
    expect(readFileSync(SCENARIO_SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('gives the editor titles, documented defaults and bounds', () => {
    const schema = scenarioJsonSchema() as JsonSchemaNode;
    const top = schema.properties!;
    expect(Object.keys(top)).toEqual([
      '$schema',
      'version',
      'meta',
      'population',
      'link',
      'replay',
      'monteCarlo',
    ]);
    expect(top['population']!.title).toBe('Population');
    const itin = top['population']!.properties!['itinShare']!;
    expect(itin).toMatchObject({ minimum: 0, maximum: 1, default: 0.4 });
    // Every documented leaf ends its description with its default (and source).
    const leaves: [string, JsonSchemaNode][] = [];
    const walk = (node: JsonSchemaNode, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (child.properties) walk(child, `${path}${key}.`);
        else leaves.push([`${path}${key}`, child]);
      }
    };
    walk(schema, '');
    expect(leaves.length).toBeGreaterThan(50);
    const undocumented = leaves.filter(([, n]) => !/(Default|Required)/.test(n.description ?? ''));
    expect(undocumented.map(([p]) => p)).toEqual([]);
  });
});
