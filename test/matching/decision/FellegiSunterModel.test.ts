import { describe, expect, it } from 'vitest';
import type { ComparisonField } from '../../../src/matching/decision/comparisonSpace';
import {
  FellegiSunterModel,
  matchProbability,
  PROBABILITY_FLOOR,
  weightForProbability,
} from '../../../src/matching/decision/FellegiSunterModel';
import { EngineError } from '../../../src/matching/messages';

const fields: ComparisonField[] = [
  { name: 'surname', levels: ['exact', 'other'] },
  { name: 'birthDate', levels: ['exact', 'other', 'missing'], nullLevel: 2 },
  { name: 'zip', levels: ['same', 'near', 'other'] },
];

const model = new FellegiSunterModel({
  fields,
  m: [
    [0.9, 0.1],
    [0.8, 0.2, 0],
    [0.5, 0.25, 0.25],
  ],
  u: [
    [0.1, 0.9],
    [0.01, 0.99, 0],
    [0.25, 0.25, 0.5],
  ],
  lambda: 0.2,
  threshold: 3,
  termFrequency: [{ exactLevel: 0 }, null, null],
});

describe('FellegiSunterModel weights', () => {
  it('gives each level log2(m/u)', () => {
    expect(model.levelWeight(0, 0)).toBeCloseTo(Math.log2(9), 12);
    expect(model.levelWeight(0, 1)).toBeCloseTo(-Math.log2(9), 12);
    expect(model.levelWeight(1, 0)).toBeCloseTo(Math.log2(80), 12);
    expect(model.levelWeight(2, 1)).toBe(0);
    expect(model.levelWeight(2, 2)).toBe(-1);
  });

  it('gives the null level weight 0', () => {
    expect(model.levelWeight(1, 2)).toBe(0);
  });

  it('clamps m and u so an unseen level has a finite weight', () => {
    const clamped = model.with({
      m: [
        [1, 0],
        [0.8, 0.2, 0],
        [0.5, 0.25, 0.25],
      ],
    });
    expect(clamped.levelWeight(0, 1)).toBeCloseTo(Math.log2(PROBABILITY_FLOOR / 0.9), 12);
    expect(clamped.levelWeight(0, 0)).toBeCloseTo(Math.log2((1 - PROBABILITY_FLOOR) / 0.1), 12);
  });

  it('adds the prior log-odds to the level weights', () => {
    expect(model.priorWeight).toBeCloseTo(Math.log2(0.25), 12);
    expect(model.matchWeight([0, 0, 2])).toBeCloseTo(-2 + Math.log2(9) + Math.log2(80) - 1, 12);
    expect(model.matchWeight([0, 2, 1])).toBeCloseTo(-2 + Math.log2(9), 12);
  });

  it('reads a pair in place from comparison vectors', () => {
    const levels = Uint8Array.from([0, 0, 2, 1, 1, 0]);
    const weights = model.matchWeights({ fields, count: 2, levels });
    expect(weights[0]).toBeCloseTo(model.matchWeight([0, 0, 2]), 12);
    expect(weights[1]).toBeCloseTo(model.matchWeight([1, 1, 0]), 12);
  });
});

describe('FellegiSunterModel probability and decision', () => {
  it('maps weight 0 to probability ½ and inverts', () => {
    expect(model.probability(0)).toBe(0.5);
    expect(matchProbability(Math.log2(3))).toBeCloseTo(0.75, 12);
    expect(weightForProbability(0.75)).toBeCloseTo(Math.log2(3), 12);
    expect(matchProbability(2000)).toBe(1);
    expect(matchProbability(-2000)).toBe(0);
  });

  it('declares a match at or above the threshold', () => {
    expect(model.decide(3)).toBe(true);
    expect(model.decide(2.999)).toBe(false);
  });
});

describe('FellegiSunterModel.explain', () => {
  it('starts with the prior and ends at the match weight', () => {
    const levels = [0, 2, 2];
    const rows = model.explain(levels);
    expect(rows.map((r) => r.field)).toEqual(['prior', 'surname', 'birthDate', 'zip']);
    expect(rows[0]).toMatchObject({ level: -1, m: 0.2, u: 0.8 });
    expect(rows[2]).toMatchObject({ levelName: 'missing', weight: 0 });
    const sum = rows.reduce((total, row) => total + row.weight, 0);
    expect(sum).toBeCloseTo(model.matchWeight(levels), 12);
    expect(rows.at(-1)!.cumulative).toBeCloseTo(model.matchWeight(levels), 12);
  });

  it('shows the value frequency as u where the term-frequency weight applies', () => {
    const rows = model.explain([0, 0, 0], [0.2, NaN, NaN]);
    expect(rows[1]).toMatchObject({ u: 0.2, tfAdjusted: true, weight: Math.log2(0.9 / 0.2) });
    expect(rows.at(-1)!.cumulative).toBeCloseTo(model.matchWeight([0, 0, 0], [0.2, NaN, NaN]), 12);
  });
});

describe('FellegiSunterModel term-frequency adjustment', () => {
  it('weighs agreement on a common value below agreement on a rare one', () => {
    const common = model.tfAdjustedWeight(0, 0, 0.2);
    const rare = model.tfAdjustedWeight(0, 0, 0.0001);
    expect(common).toBeCloseTo(Math.log2(0.9 / 0.2), 12);
    expect(rare).toBeCloseTo(Math.log2(0.9 / 0.0001), 12);
    expect(common).toBeLessThan(rare);
  });

  it('applies only at the exact level of an adjusted field, and only with a frequency', () => {
    expect(model.matchWeight([0, 0, 0], [0.2, 0.5, 0.5])).toBeCloseTo(
      model.priorWeight + Math.log2(0.9 / 0.2) + Math.log2(80) + 1,
      12,
    );
    expect(model.matchWeight([1, 0, 0], [0.2, NaN, NaN])).toBe(model.matchWeight([1, 0, 0]));
    expect(model.matchWeight([0, 0, 0], [NaN, NaN, NaN])).toBe(model.matchWeight([0, 0, 0]));
  });
});

describe('FellegiSunterModel validation', () => {
  const valid = model.parameters();
  const invalid = (changes: object) => () => new FellegiSunterModel({ ...valid, ...changes });

  it('names the path of a bad probability table', () => {
    expect(
      invalid({
        m: [
          [0.9, 0.1],
          [0.8, 0.2, 0],
          [0.5, 0.5],
        ],
      }),
    ).toThrow(/fields\.2\.m: has 2 values/);
    expect(
      invalid({
        u: [
          [0.1, 0.8],
          [0.01, 0.99, 0],
          [0.25, 0.25, 0.5],
        ],
      }),
    ).toThrow(/fields\.0\.u: must add up to 1/);
    expect(
      invalid({
        m: [
          [0.9, 0.1],
          [0.7, 0.2, 0.1],
          [0.5, 0.25, 0.25],
        ],
      }),
    ).toThrow(/fields\.1\.m\.2: the null level "missing"/);
    expect(
      invalid({
        m: [
          [1.5, -0.5],
          [0.8, 0.2, 0],
          [0.5, 0.25, 0.25],
        ],
      }),
    ).toThrow(/fields\.0\.m\.0: must be between 0 and 1/);
  });

  it('rejects λ outside (0, 1) and a term-frequency level that is missing', () => {
    expect(invalid({ lambda: 1 })).toThrow(EngineError);
    expect(invalid({ termFrequency: [null, { exactLevel: 2 }, null] })).toThrow(
      /fields\.1\.termFrequency\.exactLevel/,
    );
  });
});
