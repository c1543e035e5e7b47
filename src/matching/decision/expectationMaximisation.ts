/**
 * Fits m, u and λ without labels by expectation–maximisation (Winkler 1988; Jaro 1989). The
 * candidate pairs are a mixture of matches (share λ) and non-matches; under conditional
 * independence a pair with comparison pattern γ has probability
 *     P(γ) = λ · Π_f m_f(γ_f) + (1 − λ) · Π_f u_f(γ_f).
 * E-step: g(γ) = λ · Π_f m_f(γ_f) / P(γ), the chance that a pair with pattern γ is a match.
 * M-step: λ = Σ n_γ g(γ) / Σ n_γ;  m_f(l) = Σ_{γ_f = l} n_γ g(γ) / Σ_{γ_f not null} n_γ g(γ);
 *         u likewise with 1 − g(γ).
 * No iteration lowers the log-likelihood Σ n_γ log P(γ) (Dempster, Laird & Rubin 1977). With u
 * fixed the M-step maximises over m and λ alone, which keeps that guarantee (generalised EM).
 * A field at its null level is a factor 1 in both products and is left out of that field's
 * sums. Term-frequency adjustments play no part: they apply when pairs are scored.
 */
import { engineError } from '../messages';
import { sameFields, type ComparisonField } from './comparisonSpace';
import { parseEmOptions, type EmOptionsInput } from './emOptions';
import type { FellegiSunterModel } from './FellegiSunterModel';
import type { PatternCounts } from './patternCounts';

export interface EmResult {
  /** The fitted model: the initial one with m, λ (and u unless fixed) replaced. */
  readonly model: FellegiSunterModel;
  /** M-steps performed. */
  readonly iterations: number;
  /** True when the last M-step moved no parameter by more than the tolerance. */
  readonly converged: boolean;
  /** Log-likelihood (natural log) of the starting parameters, then after each M-step. */
  readonly logLikelihood: readonly number[];
}

interface EmParameters {
  readonly lambda: number;
  readonly m: readonly (readonly number[])[];
  readonly u: readonly (readonly number[])[];
}

export function expectationMaximisation(
  patterns: PatternCounts,
  initial: FellegiSunterModel,
  options: EmOptionsInput = {},
): EmResult {
  const { maxIterations, tolerance, fixU } = parseEmOptions(options);
  if (!sameFields(patterns.fields, initial.fields))
    throw engineError('comparisonFieldsInvalid', "the model's fields differ from the pairs'");
  const posterior = new Float64Array(patterns.size);
  let current: EmParameters = initial;
  const logLikelihood = [expectation(patterns, current, posterior)];
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    const next = maximisation(patterns, posterior, current, fixU);
    converged = largestChange(current, next) <= tolerance;
    current = next;
    iterations++;
    logLikelihood.push(expectation(patterns, current, posterior));
  }
  const { lambda, m, u } = current;
  return { model: initial.with({ lambda, m, u }), iterations, converged, logLikelihood };
}

/** Fills `posterior` with g(γ) per pattern and returns the log-likelihood. */
function expectation(patterns: PatternCounts, p: EmParameters, posterior: Float64Array): number {
  const { fields, size, counts, levels } = patterns;
  const width = fields.length;
  const logM = p.m.map((row) => row.map(Math.log));
  const logU = p.u.map((row) => row.map(Math.log));
  const logLambda = Math.log(p.lambda);
  const logOneMinusLambda = Math.log1p(-p.lambda);
  let total = 0;
  for (let k = 0; k < size; k++) {
    posterior[k] = 0;
    if (counts[k] === 0) continue;
    let a = logLambda;
    let b = logOneMinusLambda;
    for (let f = 0; f < width; f++) {
      const level = levels[k * width + f]!;
      if (level === fields[f]!.nullLevel) continue;
      a += logM[f]![level]!;
      b += logU[f]![level]!;
    }
    const top = Math.max(a, b);
    if (top === -Infinity)
      throw engineError('emImpossiblePattern', describePattern(fields, levels, k * width));
    const logP = top + Math.log(Math.exp(a - top) + Math.exp(b - top));
    posterior[k] = Math.exp(a - logP);
    total += counts[k]! * logP;
  }
  return total;
}

function maximisation(
  patterns: PatternCounts,
  posterior: Float64Array,
  p: EmParameters,
  fixU: boolean,
): EmParameters {
  const { fields, size, counts, levels } = patterns;
  const width = fields.length;
  const mSums = fields.map((field) => new Float64Array(field.levels.length));
  const uSums = fields.map((field) => new Float64Array(field.levels.length));
  let matches = 0;
  let pairs = 0;
  for (let k = 0; k < size; k++) {
    const n = counts[k]!;
    const matchCount = n * posterior[k]!;
    matches += matchCount;
    pairs += n;
    for (let f = 0; f < width; f++) {
      const level = levels[k * width + f]!;
      if (level === fields[f]!.nullLevel) continue;
      mSums[f]![level]! += matchCount;
      uSums[f]![level]! += n - matchCount;
    }
  }
  const lambda = matches / pairs;
  if (!(lambda > 0 && lambda < 1)) throw engineError('emDegenerate', lambda);
  return {
    lambda,
    m: normalise(mSums, p.m),
    u: fixU ? p.u : normalise(uSums, p.u),
  };
}

/** Each row divided by its sum; a row with no pairs keeps its previous values. */
function normalise(sums: Float64Array[], previous: EmParameters['m']): number[][] {
  return sums.map((row, f) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total > 0 ? Array.from(row, (x) => x / total) : [...previous[f]!];
  });
}

function largestChange(a: EmParameters, b: EmParameters): number {
  let change = Math.abs(a.lambda - b.lambda);
  for (const [x, y] of [
    [a.m, b.m],
    [a.u, b.u],
  ] as const)
    x.forEach((row, f) =>
      row.forEach((v, l) => {
        change = Math.max(change, Math.abs(v - y[f]![l]!));
      }),
    );
  return change;
}

function describePattern(
  fields: readonly ComparisonField[],
  levels: Uint8Array,
  offset: number,
): string {
  return fields.map((field, f) => `${field.name}=${field.levels[levels[offset + f]!]}`).join(', ');
}

/**
 * A starting m that leans towards agreement: each non-null level 4 times less likely than the
 * one before (three levels: 0.76, 0.19, 0.05). Any start with m favouring agreement more than
 * u does leads EM to the mode where "match" means agreement, not the label-swapped one.
 */
export function startingM(fields: readonly ComparisonField[]): number[][] {
  return fields.map((field) => leaning(field, (rank) => 4 ** -rank));
}

/** A starting u that leans towards disagreement (the mirror image of `startingM`). */
export function startingU(fields: readonly ComparisonField[]): number[][] {
  return fields.map((field) => leaning(field, (rank, n) => 4 ** -(n - 1 - rank)));
}

function leaning(field: ComparisonField, weight: (rank: number, n: number) => number): number[] {
  const n = field.levels.length - (field.nullLevel === undefined ? 0 : 1);
  let rank = 0;
  const raw = field.levels.map((_, l) => (l === field.nullLevel ? 0 : weight(rank++, n)));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}
