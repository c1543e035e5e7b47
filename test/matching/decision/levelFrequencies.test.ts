import { describe, expect, it } from 'vitest';
import { comparisonVectors } from '../../../src/matching/decision/comparisonSpace';
import { levelFrequencies } from '../../../src/matching/decision/levelFrequencies';

const fields = [
  { name: 'surname', levels: ['exact', 'fuzzy', 'other'] },
  { name: 'birthDate', levels: ['exact', 'other', 'missing'], nullLevel: 2 },
];
const vectors = comparisonVectors(fields, [
  [0, 0],
  [0, 2],
  [2, 1],
  [2, 2],
]);

describe('levelFrequencies', () => {
  it('adds one to every non-null level and leaves missing values out', () => {
    // surname: counts 2, 0, 2 → (3, 1, 3) / 7; birth date: 1 exact, 1 other, 2 missing → (2, 2) / 4.
    expect(levelFrequencies(vectors)).toEqual([
      [3 / 7, 1 / 7, 3 / 7],
      [0.5, 0.5, 0],
    ]);
  });

  it('counts only the pairs selected, without smoothing when asked', () => {
    expect(levelFrequencies(vectors, [1, 1, 0, 0], 0)).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]);
  });

  it('rejects a label list of the wrong length', () => {
    expect(() => levelFrequencies(vectors, [true])).toThrow(/1 labels given for 4 pairs/);
  });
});
