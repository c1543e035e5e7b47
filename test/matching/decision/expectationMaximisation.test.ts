/**
 * EM recovers known parameters from 300,000 simulated candidate pairs (λ = 0.02: about 6,000
 * matches). Tolerances are four standard errors of the labelled estimate from the same pairs,
 * sqrt(p(1 − p)/n) with n the matches (or non-matches) whose field is present; EM, which does
 * not see the labels, adds little to that here because the four fields separate the classes
 * well (30 fixed seeds stayed within 3.6 standard errors).
 */
import { describe, expect, it } from 'vitest';
import { estimateU } from '../../../src/matching/decision/estimateU';
import {
  expectationMaximisation,
  startingM,
  startingU,
} from '../../../src/matching/decision/expectationMaximisation';
import { FellegiSunterModel } from '../../../src/matching/decision/FellegiSunterModel';
import { patternCounts } from '../../../src/matching/decision/patternCounts';
import { EngineError } from '../../../src/matching/messages';
import { Rng } from '../../../src/matching/random/prng';
import {
  FIELDS,
  presentCount,
  simulatePairs,
  TRUE_LAMBDA,
  TRUE_M,
  TRUE_U,
  type SimulatedPairs,
} from './simulatedPairs';

const PAIRS = 300_000;
const pairs = simulatePairs(new Rng(1), PAIRS, TRUE_LAMBDA);
const randomPairs = simulatePairs(new Rng(2), 200_000, 0);
const patterns = patternCounts(pairs.vectors);

function expectWithin(
  fitted: readonly (readonly number[])[],
  truth: readonly (readonly number[])[],
  isMatchClass: boolean,
  sample: SimulatedPairs,
) {
  FIELDS.forEach((field, f) => {
    const n = presentCount(sample, f, (match) => match === isMatchClass);
    field.levels.forEach((_, level) => {
      const p = truth[f]![level]!;
      if (level === field.nullLevel) {
        expect(fitted[f]![level]).toBe(0);
        return;
      }
      expect(Math.abs(fitted[f]![level]! - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    });
  });
}

function expectNonDecreasing(logLikelihood: readonly number[]) {
  for (let i = 1; i < logLikelihood.length; i++)
    expect(logLikelihood[i]!).toBeGreaterThanOrEqual(
      logLikelihood[i - 1]! - 1e-9 * Math.abs(logLikelihood[i - 1]!),
    );
}

const lambdaTolerance = 4 * Math.sqrt((TRUE_LAMBDA * (1 - TRUE_LAMBDA)) / PAIRS);

describe('expectationMaximisation', () => {
  it('recovers m and λ with u fixed from random pairs', () => {
    const u = estimateU(randomPairs.vectors);
    const initial = new FellegiSunterModel({
      fields: FIELDS,
      m: startingM(FIELDS),
      u,
      lambda: 0.1,
    });
    const result = expectationMaximisation(patterns, initial);
    expect(result.converged).toBe(true);
    expect(result.model.u).toEqual(u);
    expectWithin(result.model.m, TRUE_M, true, pairs);
    expect(Math.abs(result.model.lambda - TRUE_LAMBDA)).toBeLessThan(lambdaTolerance);
    expectNonDecreasing(result.logLikelihood);
    expect(result.logLikelihood).toHaveLength(result.iterations + 1);
  });

  it('recovers m, u and λ together from a start that only leans the right way', () => {
    const initial = new FellegiSunterModel({
      fields: FIELDS,
      m: startingM(FIELDS),
      u: startingU(FIELDS),
      lambda: 0.1,
    });
    const result = expectationMaximisation(patterns, initial, { fixU: false });
    expect(result.converged).toBe(true);
    expectWithin(result.model.m, TRUE_M, true, pairs);
    expectWithin(result.model.u, TRUE_U, false, pairs);
    expect(Math.abs(result.model.lambda - TRUE_LAMBDA)).toBeLessThan(lambdaTolerance);
    expectNonDecreasing(result.logLikelihood);
  });

  it('never lowers the log-likelihood, even from a poor start on a small sample', () => {
    const small = patternCounts(simulatePairs(new Rng(7), 2_000, 0.3).vectors);
    const uniform = FIELDS.map((field) =>
      field.levels.map((_, l) =>
        l === field.nullLevel
          ? 0
          : 1 / (field.levels.length - (field.nullLevel === undefined ? 0 : 1)),
      ),
    );
    const initial = new FellegiSunterModel({
      fields: FIELDS,
      m: startingM(FIELDS),
      u: uniform,
      lambda: 0.5,
    });
    const result = expectationMaximisation(small, initial, { fixU: false, maxIterations: 500 });
    expect(result.iterations).toBeGreaterThan(3);
    expectNonDecreasing(result.logLikelihood);
  });

  it('stops at maxIterations and says it did not converge', () => {
    const initial = new FellegiSunterModel({
      fields: FIELDS,
      m: startingM(FIELDS),
      u: startingU(FIELDS),
      lambda: 0.1,
    });
    const result = expectationMaximisation(patterns, initial, { fixU: false, maxIterations: 2 });
    expect(result.iterations).toBe(2);
    expect(result.converged).toBe(false);
    expect(result.logLikelihood).toHaveLength(3);
  });

  it('rejects a model whose fields differ from the pairs', () => {
    const fields = FIELDS.slice(0, 3);
    const initial = new FellegiSunterModel({
      fields,
      m: startingM(fields),
      u: startingU(fields),
      lambda: 0.1,
    });
    expect(() => expectationMaximisation(patterns, initial)).toThrow(EngineError);
  });

  it('names a pattern the starting model gives probability 0', () => {
    const m = startingM(FIELDS).map((row) => [...row]);
    const u = startingU(FIELDS).map((row) => [...row]);
    m[0] = [1, 0, 0];
    u[0] = [1, 0, 0];
    const initial = new FellegiSunterModel({ fields: FIELDS, m, u, lambda: 0.1 });
    expect(() => expectationMaximisation(patterns, initial)).toThrow(/surname=(fuzzy|other)/);
  });

  it('rejects invalid options with their path', () => {
    const initial = new FellegiSunterModel({
      fields: FIELDS,
      m: startingM(FIELDS),
      u: startingU(FIELDS),
      lambda: 0.1,
    });
    expect(() => expectationMaximisation(patterns, initial, { maxIterations: 0 })).toThrow(
      /maxIterations/,
    );
  });
});

describe('startingM and startingU', () => {
  it('lean towards agreement and disagreement, with 0 at the null level', () => {
    expect(startingM(FIELDS)[0]).toEqual([16 / 21, 4 / 21, 1 / 21]);
    expect(startingU(FIELDS)[0]).toEqual([1 / 21, 4 / 21, 16 / 21]);
    expect(startingM(FIELDS)[2]![3]).toBe(0);
    for (const row of [...startingM(FIELDS), ...startingU(FIELDS)])
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
