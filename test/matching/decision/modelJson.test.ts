import { describe, expect, it } from 'vitest';
import { startingM, startingU } from '../../../src/matching/decision/expectationMaximisation';
import { FellegiSunterModel } from '../../../src/matching/decision/FellegiSunterModel';
import {
  modelFromJson,
  modelJsonSchema,
  modelToJson,
} from '../../../src/matching/decision/modelJson';
import { EngineError } from '../../../src/matching/messages';
import { FIELDS } from './simulatedPairs';

const model = new FellegiSunterModel({
  fields: FIELDS,
  m: startingM(FIELDS),
  u: startingU(FIELDS),
  lambda: 0.0173,
  threshold: 6.5,
  termFrequency: [{ exactLevel: 0 }, { exactLevel: 0 }, null, null],
});
const saved = JSON.parse(modelToJson(model)) as {
  fields: { m: number[]; u: number[]; nullLevel?: number; levels: string[] }[];
};

/** The saved model with one change, as text. */
function edited(change: (json: typeof saved & Record<string, unknown>) => void): string {
  const copy = structuredClone(saved) as typeof saved & Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
}

function errorOf(text: string): EngineError {
  try {
    modelFromJson(text);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('modelToJson / modelFromJson', () => {
  it('round-trips a model exactly', () => {
    const text = modelToJson(model);
    const loaded = modelFromJson(text);
    expect(modelToJson(loaded)).toBe(text);
    expect(loaded.parameters()).toEqual(model.parameters());
    expect(loaded.matchWeight([0, 1, 3, 2], [0.01, 0.2, NaN, NaN])).toBe(
      model.matchWeight([0, 1, 3, 2], [0.01, 0.2, NaN, NaN]),
    );
  });

  it('saves the null level and term-frequency settings only where they exist', () => {
    expect(saved.fields.map((f) => f.nullLevel)).toEqual([undefined, undefined, 3, undefined]);
    expect(modelToJson(model)).toContain('"termFrequency": {\n        "exactLevel": 0');
  });
});

describe('modelFromJson errors', () => {
  it('reports text that is not JSON', () => {
    const error = errorOf('{ "version": 1,');
    expect(error.code).toBe('matchModelNotJson');
    expect(error.message).toBe(
      'match model: not valid JSON (line 1, column 16, at the end of the text: expected a property name in double quotes)',
    );
  });

  it('names the path of a value out of range', () => {
    const error = errorOf(edited((j) => (j.fields[2]!.m[1] = 1.5)));
    expect(error.message).toMatch(/^match model fields\.2\.m\.1: must be at most 1, got 1\.5/);
  });

  it('says a JSON file of another kind (a scenario) is not a saved model', () => {
    expect(errorOf('{ "replay": { "screen": { "recentOrderShare": 0.2 } } }').message).toBe(
      'match model (root): not a saved match model (one has "version": 1, "lambda", "threshold" and "fields"); write one with --estimate and --out',
    );
  });

  it('names the path of an array of the wrong length', () => {
    expect(errorOf(edited((j) => j.fields[1]!.u.pop())).message).toMatch(
      /^match model fields\.1\.u: has 3 values for 4 levels/,
    );
  });

  it('names the path of m that does not add up to 1', () => {
    expect(errorOf(edited((j) => (j.fields[0]!.m[0] = 0.5))).message).toMatch(
      /^match model fields\.0\.m: must add up to 1/,
    );
  });

  it('rejects a wrong version, an unknown key, a bad null level and a repeated field', () => {
    expect(errorOf(edited((j) => (j.version = 2))).message).toMatch(/^match model version:/);
    expect(errorOf(edited((j) => (j.lamda = 0.1))).message).toMatch(/lamda/);
    expect(errorOf(edited((j) => (j.fields[2]!.nullLevel = 4))).message).toMatch(
      /^match model fields\.2\.nullLevel: must be below 4/,
    );
    expect(errorOf(edited((j) => j.fields.push(j.fields[0]!))).message).toMatch(
      /^match model fields: .*"surname" appears twice/,
    );
  });
});

describe('modelJsonSchema', () => {
  it('is generated from the zod schema, descriptions included', () => {
    const schema = modelJsonSchema() as {
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(['version', 'lambda', 'threshold', 'fields']);
    expect(schema.properties.threshold!.description).toMatch(/Default: 0/);
    expect(schema.required).not.toContain('threshold');
  });
});
