import { describe, expect, it } from 'vitest';
import {
  comparisonVectors,
  levelOf,
  sameFields,
  validateFields,
} from '../../../src/matching/decision/comparisonSpace';
import { FIELDS } from './simulatedPairs';

describe('comparisonVectors', () => {
  it('stores pairs row-major and reads them back by pair and field', () => {
    const vectors = comparisonVectors(FIELDS, [
      [0, 1, 2, 0],
      [2, 3, 3, 1],
    ]);
    expect(vectors.count).toBe(2);
    expect(Array.from(vectors.levels)).toEqual([0, 1, 2, 0, 2, 3, 3, 1]);
    expect(levelOf(vectors, 1, 1)).toBe(3);
  });

  it('rejects a level the field does not have, naming the field', () => {
    expect(() => comparisonVectors(FIELDS, [[0, 4, 0, 0]])).toThrow(
      'comparison field "givenName": level 4 is out of range (the field has 4 levels)',
    );
    expect(() => comparisonVectors(FIELDS, [[0, 0, 0]])).toThrow(
      /pair 0 has 3 levels for 4 fields/,
    );
  });
});

describe('validateFields', () => {
  it('rejects repeated names, too few levels and a null level out of range', () => {
    expect(() => validateFields([FIELDS[0]!, FIELDS[0]!])).toThrow(/"surname" appears twice/);
    expect(() => validateFields([{ name: 'tin', levels: ['exact'] }])).toThrow(/has 1 levels/);
    expect(() =>
      validateFields([{ name: 'tin', levels: ['exact', 'other'], nullLevel: 2 }]),
    ).toThrow(/"tin": level 2 is out of range/);
    expect(() => validateFields([])).toThrow(/no fields/);
  });
});

describe('sameFields', () => {
  it('compares names, levels and null levels', () => {
    expect(
      sameFields(
        FIELDS,
        FIELDS.map((f) => ({ ...f, levels: [...f.levels] })),
      ),
    ).toBe(true);
    expect(
      sameFields(
        FIELDS,
        FIELDS.map((f) => ({ ...f, nullLevel: undefined })),
      ),
    ).toBe(false);
    expect(sameFields(FIELDS, FIELDS.slice(1))).toBe(false);
  });
});
