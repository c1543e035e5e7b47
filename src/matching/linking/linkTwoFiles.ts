/**
 * Links two record sets end to end: candidate pairs by blocking, comparison vectors, a
 * decision (deterministic rules or a Fellegi–Sunter threshold), and an evaluation against the
 * truth both sets carry.
 */
import { blockingRulesFor, type BlockingRule } from '../blocking/blockingRules';
import { candidatePairs } from '../blocking/candidatePairs';
import { KeyReader } from '../blocking/keyParts';
import { Field, RecordComparer, type RecordComparisonSpec } from '../comparison/recordComparison';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { ComparisonField } from '../decision/comparisonSpace';
import type { FellegiSunterModel } from '../decision/FellegiSunterModel';
import { compileRule, type MatchRule } from '../decision/rules';
import { civilDate } from '../population/calendar';
import {
  FALSE_MATCH_CAUSES,
  falseMatchCause,
  type FalseMatchCause,
  type TruthOracle,
} from '../evaluation/falseMatchCauses';
import { countByCommunity, type CommunityCounts } from '../evaluation/byCommunity';
import { metricsOf, type LinkageMetrics } from '../evaluation/metrics';
import { ScoreHistogram } from '../evaluation/ScoreHistogram';
import { UNKNOWN_TRUTH, type LinkRecords } from './LinkRecords';
import type { NameFrequencies } from './nameFrequencies';

export type Decision =
  { kind: 'rules'; rules: MatchRule[] } | { kind: 'fellegiSunter'; model: FellegiSunterModel };

/** Blocking for a Fellegi–Sunter model when none is given: the usual Splink-style set. */
export const DEFAULT_BLOCKING: readonly BlockingRule[] = Object.freeze([
  { name: 'surname + birth year', on: ['surname', 'birthYear'] },
  { name: 'given name + date of birth', on: ['given', 'dob'] },
  { name: 'surname family + date of birth', on: ['surnameFamily', 'dob'] },
  { name: 'TIN', on: ['tin'] },
]);

export interface LinkOptions {
  comparison: RecordComparisonSpec;
  decision: Decision;
  /** Default: derived from the rules, or DEFAULT_BLOCKING for a Fellegi–Sunter model. */
  blocking?: readonly BlockingRule[];
  oracle?: TruthOracle;
  /**
   * Population name frequencies for a Fellegi–Sunter model whose given-name or surname field
   * is term-frequency adjusted. Default: none (no adjustment).
   */
  frequencies?: NameFrequencies;
}

export interface DeclaredMatches {
  left: Uint32Array;
  right: Uint32Array;
  /** Match weight (Fellegi–Sunter) or the index of the first accepting rule. */
  score: Float64Array;
  isMatch: Uint8Array;
}

export interface LinkResult {
  fields: readonly ComparisonField[];
  blocking: readonly BlockingRule[];
  candidates: { count: number; byRule: { rule: string; pairs: number }[]; reductionRatio: number };
  declared: DeclaredMatches;
  metrics: LinkageMetrics;
  /** Candidate weights by truth (Fellegi–Sunter only): every threshold without re-matching. */
  histogram: ScoreHistogram | null;
  falseMatchCauses: Record<FalseMatchCause, number> | null;
  /** Declared and wrong matches by the list person's community (simulations only). */
  byCommunity: CommunityCounts[] | null;
  distinctNamePairs: number;
}

/** True matches between the sets: pairs of records with the same known truth id. */
export function countActualMatches(a: LinkRecords, b: LinkRecords): number {
  const left = new Map<number, number>();
  for (let i = 0; i < a.size; i++) {
    const t = a.truth[i]!;
    if (t !== UNKNOWN_TRUTH) left.set(t, (left.get(t) ?? 0) + 1);
  }
  let matches = 0;
  for (let j = 0; j < b.size; j++) matches += left.get(b.truth[j]!) ?? 0;
  return matches;
}

export function linkTwoFiles(
  a: LinkRecords,
  b: LinkRecords,
  nameOf: (id: number) => string,
  families: RomanisationFamilies,
  options: LinkOptions,
): LinkResult {
  const comparer = new RecordComparer(options.comparison, nameOf, families);
  const fields = comparer.fields;
  const { decision } = options;
  const blocking =
    options.blocking ??
    (decision.kind === 'rules' ? blockingRulesFor(decision.rules, fields) : DEFAULT_BLOCKING);
  const candidates = candidatePairs(new KeyReader(nameOf, families), blocking, a, b);
  const vectors = comparer.compareAll(a, b, candidates.left, candidates.right);
  const width = fields.length;
  const actual = countActualMatches(a, b);
  const histogram =
    decision.kind === 'fellegiSunter' ? new ScoreHistogram(actual, a.size * b.size) : null;
  const compiled =
    decision.kind === 'rules' ? decision.rules.map((rule) => compileRule(rule, fields)) : [];
  const keep: number[] = [];
  const scores: number[] = [];
  // Per pair: the population frequency of the first record's given name and surname (the value
  // both share when they agree exactly); NaN elsewhere, i.e. no adjustment.
  const frequencies = new Float64Array(width).fill(NaN);
  const tf = options.frequencies;
  for (let k = 0; k < vectors.count; k++) {
    const i = candidates.left[k]!;
    const j = candidates.right[k]!;
    const isMatch = a.truth[i] !== UNKNOWN_TRUTH && a.truth[i] === b.truth[j];
    if (decision.kind === 'fellegiSunter') {
      if (tf) {
        frequencies[Field.given] = tf.given(a.given[i]!);
        frequencies[Field.surname] = tf.surname(a.surname[i]!);
      }
      const weight = decision.model.matchWeight(
        vectors.levels,
        tf ? frequencies : undefined,
        k * width,
      );
      histogram!.add(weight, isMatch);
      if (weight >= decision.model.threshold) {
        keep.push(k);
        scores.push(weight);
      }
    } else {
      const rule = compiled.findIndex((r) => r.accepts(vectors.levels, k * width));
      if (rule >= 0) {
        keep.push(k);
        scores.push(rule);
      }
    }
  }
  const declared: DeclaredMatches = {
    left: Uint32Array.from(keep, (k) => candidates.left[k]!),
    right: Uint32Array.from(keep, (k) => candidates.right[k]!),
    score: Float64Array.from(scores),
    isMatch: Uint8Array.from(keep, (k) => {
      const t = a.truth[candidates.left[k]!]!;
      return t !== UNKNOWN_TRUTH && t === b.truth[candidates.right[k]!] ? 1 : 0;
    }),
  };
  let tp = 0;
  for (let d = 0; d < declared.isMatch.length; d++) tp += declared.isMatch[d]!;
  const fp = declared.isMatch.length - tp;
  const fn = Math.max(0, actual - tp);
  const metrics = metricsOf({
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: a.size * b.size - tp - fp - fn,
  });
  return {
    fields,
    blocking,
    candidates: {
      count: candidates.left.length,
      byRule: candidates.byRule,
      reductionRatio: candidates.reductionRatio,
    },
    declared,
    metrics,
    histogram,
    falseMatchCauses: options.oracle ? countCauses(options.oracle, a, b, declared) : null,
    byCommunity: options.oracle
      ? countByCommunity(options.oracle, a, declared.left, declared.isMatch)
      : null,
    distinctNamePairs: comparer.given.distinctPairs + comparer.surname.distinctPairs,
  };
}

function countCauses(
  oracle: TruthOracle,
  a: LinkRecords,
  b: LinkRecords,
  declared: DeclaredMatches,
): Record<FalseMatchCause, number> {
  const counts = Object.fromEntries(FALSE_MATCH_CAUSES.map((c) => [c, 0])) as Record<
    FalseMatchCause,
    number
  >;
  for (let d = 0; d < declared.isMatch.length; d++) {
    if (declared.isMatch[d]) continue;
    const i = declared.left[d]!;
    const j = declared.right[d]!;
    const cause = falseMatchCause(oracle, {
      leftPerson: a.truth[i]!,
      rightPerson: b.truth[j]!,
      leftTin: a.tin[i]!,
      rightTin: b.tin[j]!,
      placeholderDob: isJanuaryFirst(a.dob[i]!) || isJanuaryFirst(b.dob[j]!),
    });
    counts[cause]++;
  }
  return counts;
}

function isJanuaryFirst(dob: number): boolean {
  if (dob === 0) return false;
  const { month, day } = civilDate(dob);
  return month === 1 && day === 1;
}
