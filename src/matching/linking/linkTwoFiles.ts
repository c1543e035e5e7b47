/**
 * Links two record sets end to end: candidate pairs by blocking, comparison vectors, a
 * decision (deterministic rules or a Fellegi–Sunter threshold), and an evaluation against the
 * truth both sets carry. The first three run per partition (linkPartition.ts), so they can be
 * spread over threads; this thread runs them whole.
 */
import type { BlockingRule } from '../blocking/blockingRules';
import { WHOLE } from '../blocking/partition';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { ComparisonField } from '../decision/comparisonSpace';
import type { FellegiSunterModel } from '../decision/FellegiSunterModel';
import type { MatchRule } from '../decision/rules';
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
import {
  DEFAULT_BLOCKING,
  linkPart,
  mergeLinkParts,
  type LinkPartOptions,
  type MergedParts,
} from './linkPartition';

export type Decision =
  { kind: 'rules'; rules: MatchRule[] } | { kind: 'fellegiSunter'; model: FellegiSunterModel };

export { DEFAULT_BLOCKING };

export interface LinkOptions extends LinkPartOptions {
  oracle?: TruthOracle;
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

/**
 * Links `a` with `b` in this thread. The same as running linkPart on every partition (in
 * worker threads, say) and evaluating the merge with `evaluateLink`.
 */
export function linkTwoFiles(
  a: LinkRecords,
  b: LinkRecords,
  nameOf: (id: number) => string,
  families: RomanisationFamilies,
  options: LinkOptions,
): LinkResult {
  const part = linkPart(a, b, nameOf, families, options, WHOLE);
  return evaluateLink(a, b, options, mergeLinkParts(options, [part]));
}

/** Evaluates merged parts against the truth both sets carry: the full result of a link. */
export function evaluateLink(
  a: LinkRecords,
  b: LinkRecords,
  options: LinkOptions,
  merged: MergedParts,
): LinkResult {
  const actual = countActualMatches(a, b);
  let histogram: ScoreHistogram | null = null;
  if (merged.histogram) {
    histogram = new ScoreHistogram(actual, a.size * b.size);
    histogram.trueMatches.set(merged.histogram.trueMatches);
    histogram.nonMatches.set(merged.histogram.nonMatches);
  }
  const { left, right, score } = merged.declared;
  const declared: DeclaredMatches = {
    left,
    right,
    score,
    isMatch: Uint8Array.from(left, (i, d) => {
      const t = a.truth[i]!;
      return t !== UNKNOWN_TRUTH && t === b.truth[right[d]!] ? 1 : 0;
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
  const allPairs = a.size * b.size;
  return {
    fields: merged.fields,
    blocking: merged.blocking,
    candidates: {
      count: merged.candidates,
      byRule: merged.byRule,
      reductionRatio: allPairs > 0 ? 1 - merged.candidates / allPairs : 1,
    },
    declared,
    metrics,
    histogram,
    falseMatchCauses: options.oracle ? countCauses(options.oracle, a, b, declared) : null,
    byCommunity: options.oracle
      ? countByCommunity(options.oracle, a, declared.left, declared.isMatch)
      : null,
    distinctNamePairs: merged.distinctNamePairs,
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
