/**
 * Fits a Fellegi–Sunter model to two files, as Splink does:
 *  - u from comparisons of random pairs (almost all non-matches);
 *  - m by EM without labels, in training passes: each pass blocks on some fields (which then
 *    carry no information about the pairs it finds and are left out of that pass) and
 *    estimates m for the others; each field's m is averaged over the passes that estimate it;
 *  - λ, the chance that two random records are the same person, from the first pass: its
 *    expected matches, divided by the share of true matches that agree exactly on date of
 *    birth (m of the exact level), over all |A|·|B| pairs;
 *  - or, since a simulation knows the truth, m and λ from the true matches (`method: 'truth'`).
 * The IRS name control is left out of the model (weight 0): the surname comparison implies
 * it, and weighing the same evidence twice breaks the model's conditional independence.
 */
import type { BlockingRule } from '../blocking/blockingRules';
import {
  blockingValues,
  candidatePairs,
  DEFAULT_MAX_CANDIDATE_PAIRS,
} from '../blocking/candidatePairs';
import { WHOLE } from '../blocking/partition';
import { KeyReader } from '../blocking/keyParts';
import { RecordComparer, type RecordComparisonSpec } from '../comparison/recordComparison';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { ComparisonVectors } from '../decision/comparisonSpace';
import { estimateM } from '../decision/estimateM';
import { estimateU } from '../decision/estimateU';
import { expectationMaximisation, startingM } from '../decision/expectationMaximisation';
import { FellegiSunterModel } from '../decision/FellegiSunterModel';
import { patternCounts } from '../decision/patternCounts';
import { sampleRandomPairs } from '../decision/randomPairs';
import { Rng, streamId } from '../random/prng';
import { UNKNOWN_TRUTH, type LinkRecords } from './LinkRecords';
import { countActualMatches } from './linkTwoFiles';

/** Stream label for the random pairs that estimate u. */
export const U_SAMPLE_STREAM = 4;

/** Fields the model never weighs (see the module comment). */
export const IGNORED_FIELDS = ['nameControl'] as const;

/** EM training passes: what each blocks on, and the fields that blocking determines. */
export const TRAINING_PASSES: readonly { blocking: BlockingRule; determines: readonly string[] }[] =
  [
    { blocking: { name: 'train: date of birth', on: ['dob'] }, determines: ['dob'] },
    {
      blocking: { name: 'train: given name + surname', on: ['given', 'surname'] },
      determines: ['given', 'surname', 'nameOrder'],
    },
  ];

export interface EstimateOptions {
  comparison: RecordComparisonSpec;
  /** Blocking for the truth method's candidates (EM uses TRAINING_PASSES). */
  blocking: readonly BlockingRule[];
  /** 'em' (no labels, the default) or 'truth' (the simulation's labels). */
  method: 'em' | 'truth';
  seed: number;
  /** Random pairs compared to estimate u. Default: 200,000. */
  randomPairs?: number;
  /** Match-weight threshold stored in the model. Default: 0 (probability ½). */
  threshold?: number;
  /**
   * Term-frequency adjust exact agreement on given name and surname (weights from population
   * name frequencies, passed to linkTwoFiles). Default: false.
   */
  termFrequency?: boolean;
  /**
   * The link's candidate pair limit (default DEFAULT_MAX_CANDIDATE_PAIRS). The truth method's
   * pass is held to it; an EM training pass, which keeps only comparison levels (about half a
   * link's bytes per pair) and blocks on one field by design, to TRAINING_PAIRS_FACTOR times it.
   */
  maxCandidatePairs?: number;
}

/** How many times the link's candidate pair limit an EM training pass may make. */
export const TRAINING_PAIRS_FACTOR = 2;

export interface EstimatedModel {
  model: FellegiSunterModel;
  method: 'em' | 'truth';
  passes: { blocking: string; candidates: number; iterations: number; converged: boolean }[];
}

/** Sets `fields` to their null level, which every estimate skips. */
function withoutFields(vectors: ComparisonVectors, fields: readonly string[]): ComparisonVectors {
  const width = vectors.fields.length;
  const levels = vectors.levels.slice();
  vectors.fields.forEach((field, f) => {
    if (!fields.includes(field.name) || field.nullLevel === undefined) return;
    for (let k = 0; k < vectors.count; k++) levels[k * width + f] = field.nullLevel;
  });
  return { ...vectors, levels };
}

export function estimateModel(
  a: LinkRecords,
  b: LinkRecords,
  nameOf: (id: number) => string,
  families: RomanisationFamilies,
  options: EstimateOptions,
): EstimatedModel {
  const comparer = new RecordComparer(options.comparison, nameOf, families);
  const { fields } = comparer;
  const reader = new KeyReader(nameOf, families);
  const rng = new Rng(options.seed, streamId(U_SAMPLE_STREAM));
  const random = sampleRandomPairs(rng, a.size, b.size, options.randomPairs ?? 200_000);
  const u = estimateU(
    withoutFields(comparer.compareAll(a, b, random.left, random.right), IGNORED_FIELDS),
  );
  const allPairs = a.size * b.size;
  const threshold = options.threshold ?? 0;
  const termFrequency = fields.map((field) =>
    options.termFrequency && (field.name === 'given' || field.name === 'surname')
      ? { exactLevel: 0 }
      : null,
  );
  // An ignored field weighs nothing: m = u.
  const neutral = (m: number[][]) =>
    fields.map((field, f) =>
      IGNORED_FIELDS.includes(field.name as 'nameControl') ? [...u[f]!] : m[f]!,
    );

  if (options.method === 'truth') {
    const candidates = candidatePairs(
      reader,
      options.blocking,
      a,
      b,
      WHOLE,
      blockingValues(reader, options.blocking, a, b),
      options.maxCandidatePairs,
    );
    const vectors = withoutFields(
      comparer.compareAll(a, b, candidates.left, candidates.right),
      IGNORED_FIELDS,
    );
    const isMatch = Uint8Array.from(candidates.left, (i, k) =>
      a.truth[i] !== UNKNOWN_TRUTH && a.truth[i] === b.truth[candidates.right[k]!] ? 1 : 0,
    );
    const lambda = clampLambda(countActualMatches(a, b) / allPairs);
    const model = new FellegiSunterModel({
      fields,
      m: neutral(estimateM(vectors, isMatch)),
      u,
      lambda,
      threshold,
      termFrequency,
    });
    return {
      model,
      method: 'truth',
      passes: [
        {
          blocking: options.blocking.map((r) => r.name).join(' | '),
          candidates: vectors.count,
          iterations: 0,
          converged: true,
        },
      ],
    };
  }

  const sums = fields.map((field) => new Float64Array(field.levels.length));
  const counts = new Float64Array(fields.length);
  const passes: EstimatedModel['passes'] = [];
  let expectedMatchesFirstPass = 0;
  for (const pass of TRAINING_PASSES) {
    const left = [...IGNORED_FIELDS, ...pass.determines];
    const candidates = candidatePairs(
      reader,
      [pass.blocking],
      a,
      b,
      WHOLE,
      blockingValues(reader, [pass.blocking], a, b),
      TRAINING_PAIRS_FACTOR * (options.maxCandidatePairs ?? DEFAULT_MAX_CANDIDATE_PAIRS),
    );
    const vectors = withoutFields(
      comparer.compareAll(a, b, candidates.left, candidates.right),
      left,
    );
    const initial = new FellegiSunterModel({ fields, m: startingM(fields), u, lambda: 0.5 });
    const fitted = expectationMaximisation(patternCounts(vectors), initial, { fixU: true });
    passes.push({
      blocking: pass.blocking.name,
      candidates: vectors.count,
      iterations: fitted.iterations,
      converged: fitted.converged,
    });
    if (passes.length === 1) expectedMatchesFirstPass = fitted.model.lambda * vectors.count;
    fields.forEach((field, f) => {
      if (left.includes(field.name)) return;
      fitted.model.m[f]!.forEach((p, level) => (sums[f]![level]! += p));
      counts[f]! += 1;
    });
  }
  const m = fields.map((field, f) =>
    counts[f]! > 0 ? Array.from(sums[f]!, (s) => s / counts[f]!) : startingM(fields)[f]!,
  );
  const dob = fields.findIndex((field) => field.name === 'dob');
  const exactDobShare = Math.max(1e-3, m[dob]![0]!);
  const lambda = clampLambda(expectedMatchesFirstPass / exactDobShare / allPairs);
  return {
    model: new FellegiSunterModel({ fields, m: neutral(m), u, lambda, threshold, termFrequency }),
    method: 'em',
    passes,
  };
}

function clampLambda(lambda: number): number {
  return Math.min(1 - 1e-9, Math.max(1e-12, lambda));
}
