/**
 * The Fellegi–Sunter model (Fellegi & Sunter 1969): for each field and agreement level,
 * m = P(level | the pair is the same person) and u = P(level | two different people); under
 * conditional independence a pair's evidence is the sum of log2(m/u) over its fields, added to
 * the prior log-odds log2(λ/(1−λ)), where λ is the share of candidate pairs that are matches.
 *
 * Convention: m and u are conditional on the value being present on both records, so they sum
 * to 1 over the non-null levels and are 0 at a field's null level, which carries weight 0.
 */
import { engineError } from '../messages';
import {
  sameFields,
  validateFields,
  type ComparisonField,
  type ComparisonVectors,
} from './comparisonSpace';
import { termFrequencyWeight, type TermFrequencyAdjustment } from './termFrequency';

/**
 * m and u are clamped to [1e-6, 1 − 1e-6] before they become weights. A level never seen in a
 * sample has an estimate of 0, and log2(m/0) is infinite: one field would then decide every
 * pair whatever the others say. The clamp caps a level at ±log2(10^6) ≈ ±19.9 bits, more than
 * any single field honestly carries, so the sum stays a sum of evidence.
 */
export const PROBABILITY_FLOOR = 1e-6;

/** m and u must each add up to 1 per field within this. */
export const SUM_TOLERANCE = 1e-6;

export interface FellegiSunterParameters {
  readonly fields: readonly ComparisonField[];
  /** m[f][level]. */
  readonly m: readonly (readonly number[])[];
  /** u[f][level]. */
  readonly u: readonly (readonly number[])[];
  /** Prior probability that a candidate pair is a match, strictly between 0 and 1. */
  readonly lambda: number;
  /** Match weight at or above which a pair is declared a match. Default: 0 (probability ½). */
  readonly threshold?: number;
  /** Per field, its term-frequency adjustment, or null for none. Default: none. */
  readonly termFrequency?: readonly (TermFrequencyAdjustment | null)[];
}

/** One bar of a waterfall chart: the prior first, then one row per field. */
export interface WaterfallRow {
  /** Field name, or "prior" for the first row. */
  readonly field: string;
  /** Level index (-1 for the prior). */
  readonly level: number;
  readonly levelName: string;
  /** m of this level (λ for the prior). */
  readonly m: number;
  /** u of this level (1 − λ for the prior; the value frequency when term-frequency adjusted). */
  readonly u: number;
  /** True when the weight is log2(m / value frequency) rather than log2(m / u). */
  readonly tfAdjusted: boolean;
  /** log2(m/u) after clamping; 0 at a null level. */
  readonly weight: number;
  /** Match weight so far, this row included. */
  readonly cumulative: number;
}

const clamp = (p: number) => Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));

/** 2^w / (1 + 2^w), computed without overflow for large |w|. */
export function matchProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** The match weight whose probability is `p` (the inverse of `matchProbability`). */
export function weightForProbability(p: number): number {
  return Math.log2(p / (1 - p));
}

export class FellegiSunterModel {
  readonly fields: readonly ComparisonField[];
  readonly m: readonly (readonly number[])[];
  readonly u: readonly (readonly number[])[];
  readonly lambda: number;
  readonly threshold: number;
  readonly termFrequency: readonly (TermFrequencyAdjustment | null)[];
  /** log2(λ / (1 − λ)). */
  readonly priorWeight: number;
  private readonly weights: readonly Float64Array[];

  /** Validates the parameters; errors name the path in the saved-model layout (modelJson). */
  constructor(p: FellegiSunterParameters) {
    validateFields(p.fields);
    this.fields = p.fields;
    this.m = checkProbabilities(p.fields, p.m, 'm');
    this.u = checkProbabilities(p.fields, p.u, 'u');
    if (!(p.lambda > 0 && p.lambda < 1))
      throw engineError('matchModelInvalid', 'lambda', `must be between 0 and 1, not ${p.lambda}`);
    this.lambda = p.lambda;
    this.threshold = p.threshold ?? 0;
    if (!Number.isFinite(this.threshold))
      throw engineError('matchModelInvalid', 'threshold', 'must be a finite number');
    this.termFrequency = checkTermFrequency(p.fields, p.termFrequency);
    this.priorWeight = Math.log2(this.lambda / (1 - this.lambda));
    this.weights = p.fields.map((field, f) =>
      Float64Array.from(field.levels, (_, level) =>
        level === field.nullLevel
          ? 0
          : Math.log2(clamp(this.m[f]![level]!) / clamp(this.u[f]![level]!)),
      ),
    );
  }

  /** A copy with some parameters replaced (the fields stay). */
  with(changes: Partial<Omit<FellegiSunterParameters, 'fields'>>): FellegiSunterModel {
    return new FellegiSunterModel({ ...this.parameters(), ...changes });
  }

  parameters(): FellegiSunterParameters {
    const { fields, m, u, lambda, threshold, termFrequency } = this;
    return { fields, m, u, lambda, threshold, termFrequency };
  }

  /** log2(m/u) of one level, m and u clamped to [1e-6, 1 − 1e-6]; 0 at the null level. */
  levelWeight(f: number, level: number): number {
    return this.weights[f]![level]!;
  }

  /**
   * The exact-agreement weight of field `f` for a value whose population frequency is
   * `valueFrequency` — see termFrequency.ts for why it must be the population's.
   */
  tfAdjustedWeight(f: number, exactLevel: number, valueFrequency: number): number {
    return termFrequencyWeight(clamp(this.m[f]![exactLevel]!), valueFrequency);
  }

  /**
   * The weight field `f` contributes at `level`. `valueFrequency` (NaN when unknown) is used
   * only when the field has a term-frequency adjustment and the level is its exact level.
   */
  fieldWeight(f: number, level: number, valueFrequency = NaN): number {
    return this.isTfAdjusted(f, level, valueFrequency)
      ? this.tfAdjustedWeight(f, level, valueFrequency)
      : this.weights[f]![level]!;
  }

  private isTfAdjusted(f: number, level: number, valueFrequency: number): boolean {
    return level === this.termFrequency[f]?.exactLevel && !Number.isNaN(valueFrequency);
  }

  /**
   * Prior log-odds plus every field's weight, for the level vector at `levels[offset…]`.
   * `frequencies[f]` is the population frequency of the pair's value of field f (NaN if none).
   */
  matchWeight(levels: ArrayLike<number>, frequencies?: ArrayLike<number>, offset = 0): number {
    let w = this.priorWeight;
    for (let f = 0; f < this.fields.length; f++)
      w += this.fieldWeight(f, levels[offset + f]!, frequencies ? frequencies[f]! : NaN);
    return w;
  }

  /** Match weights of all pairs (without term-frequency adjustment). */
  matchWeights(vectors: ComparisonVectors): Float64Array {
    if (!sameFields(vectors.fields, this.fields))
      throw engineError('comparisonFieldsInvalid', "the model's fields differ from the pairs'");
    const out = new Float64Array(vectors.count);
    const width = this.fields.length;
    for (let i = 0; i < vectors.count; i++)
      out[i] = this.matchWeight(vectors.levels, undefined, i * width);
    return out;
  }

  /** Posterior probability of a match: 2^w / (1 + 2^w). */
  probability(weight: number): number {
    return matchProbability(weight);
  }

  /** True when the weight reaches the threshold. */
  decide(weight: number): boolean {
    return weight >= this.threshold;
  }

  /** Waterfall data for one pair: the prior row, then each field's level and weight. */
  explain(levels: ArrayLike<number>, frequencies?: ArrayLike<number>): WaterfallRow[] {
    let cumulative = this.priorWeight;
    const rows: WaterfallRow[] = [
      {
        field: 'prior',
        level: -1,
        levelName: 'prior',
        m: this.lambda,
        u: 1 - this.lambda,
        tfAdjusted: false,
        weight: this.priorWeight,
        cumulative,
      },
    ];
    this.fields.forEach((field, f) => {
      const level = levels[f]!;
      const frequency = frequencies ? frequencies[f]! : NaN;
      const weight = this.fieldWeight(f, level, frequency);
      const tfAdjusted = this.isTfAdjusted(f, level, frequency);
      cumulative += weight;
      rows.push({
        field: field.name,
        level,
        levelName: field.levels[level]!,
        m: this.m[f]![level]!,
        u: tfAdjusted ? frequency : this.u[f]![level]!,
        tfAdjusted,
        weight,
        cumulative,
      });
    });
    return rows;
  }
}

function checkProbabilities(
  fields: readonly ComparisonField[],
  table: readonly (readonly number[])[],
  name: 'm' | 'u',
): number[][] {
  if (table.length !== fields.length)
    throw engineError(
      'matchModelInvalid',
      name,
      `has ${table.length} fields, expected ${fields.length}`,
    );
  return fields.map((field, f) => {
    const path = `fields.${f}.${name}`;
    const row = table[f]!;
    if (row.length !== field.levels.length)
      throw engineError(
        'matchModelInvalid',
        path,
        `has ${row.length} values for ${field.levels.length} levels`,
      );
    row.forEach((p, level) => {
      if (!(p >= 0 && p <= 1))
        throw engineError(
          'matchModelInvalid',
          `${path}.${level}`,
          `must be between 0 and 1, not ${p}`,
        );
    });
    if (field.nullLevel !== undefined && row[field.nullLevel] !== 0)
      throw engineError(
        'matchModelInvalid',
        `${path}.${field.nullLevel}`,
        `the null level "${field.levels[field.nullLevel]}" carries no probability: it must be 0`,
      );
    const sum = row.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > SUM_TOLERANCE)
      throw engineError('matchModelInvalid', path, `must add up to 1 over the levels, not ${sum}`);
    return [...row];
  });
}

function checkTermFrequency(
  fields: readonly ComparisonField[],
  tf: FellegiSunterParameters['termFrequency'],
): (TermFrequencyAdjustment | null)[] {
  if (!tf) return fields.map(() => null);
  if (tf.length !== fields.length)
    throw engineError(
      'matchModelInvalid',
      'termFrequency',
      `has ${tf.length} entries for ${fields.length} fields`,
    );
  return fields.map((field, f) => {
    const adjustment = tf[f] ?? null;
    if (adjustment === null) return null;
    const level = adjustment.exactLevel;
    if (
      !(Number.isInteger(level) && level >= 0 && level < field.levels.length) ||
      level === field.nullLevel
    )
      throw engineError(
        'matchModelInvalid',
        `fields.${f}.termFrequency.exactLevel`,
        `must be one of the field's non-null levels, not ${level}`,
      );
    return { ...adjustment };
  });
}
