/**
 * Linking in partitions, so every core can take a share: the candidate pairs are split by
 * the key of the blocking rule credited with each (blocking/partition.ts), each partition is
 * blocked, compared and decided on its own (`linkPart`, by any executor: a worker thread, a
 * Web Worker, this thread), and the parts are merged into exactly the result one thread gets
 * (`mergeLinkParts`): declared pairs in the same order, the same counts, the same histogram.
 *
 * A part holds only typed arrays and numbers, so it crosses a thread boundary by structured
 * clone or transfer. The one figure a partition cannot know alone — how many distinct name
 * pairs were compared — is merged from each part's list of them.
 */
import { blockingRulesFor, type BlockingRule } from '../blocking/blockingRules';
import { blockingValues, candidatePairs, type BlockingValues } from '../blocking/candidatePairs';
import { KeyReader } from '../blocking/keyParts';
import type { Partition } from '../blocking/partition';
import {
  Field,
  RecordComparer,
  comparisonFields,
  type RecordComparisonSpec,
} from '../comparison/recordComparison';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import { PairCache } from '../comparison/names/PairCache';
import type { ComparisonField } from '../decision/comparisonSpace';
import { compileRule } from '../decision/rules';
import { ScoreHistogram } from '../evaluation/ScoreHistogram';
import { UNKNOWN_TRUTH, type LinkRecords } from './LinkRecords';
import type { Decision } from './linkTwoFiles';
import type { NameFrequencies } from './nameFrequencies';

/** Blocking for a Fellegi–Sunter model when none is given: the usual Splink-style set. */
export const DEFAULT_BLOCKING: readonly BlockingRule[] = Object.freeze([
  { name: 'surname + birth year', on: ['surname', 'birthYear'] },
  { name: 'given name + date of birth', on: ['given', 'dob'] },
  { name: 'surname family + date of birth', on: ['surnameFamily', 'dob'] },
  { name: 'TIN', on: ['tin'] },
]);

/** What a partition needs besides the records (no truth oracle: evaluation is the merge's). */
export interface LinkPartOptions {
  comparison: RecordComparisonSpec;
  decision: Decision;
  /** Default: derived from the rules, or DEFAULT_BLOCKING for a Fellegi–Sunter model. */
  blocking?: readonly BlockingRule[];
  /** Population name frequencies for term-frequency adjusted fields. Default: none. */
  frequencies?: NameFrequencies;
  /** Refuse a link whose blocking could make more pairs. Default: DEFAULT_MAX_CANDIDATE_PAIRS. */
  maxCandidatePairs?: number;
}

/** One partition's share of a link. */
export interface LinkPart {
  partition: Partition;
  /** Candidate pairs in this partition, and those credited to each blocking rule. */
  candidates: number;
  byRule: number[];
  /** Declared pairs in candidate order, with the blocking rule credited with each. */
  declared: { left: Uint32Array; right: Uint32Array; score: Float64Array; rule: Uint8Array };
  /** Candidate weights by truth (Fellegi–Sunter only). */
  histogram: { trueMatches: Float64Array; nonMatches: Float64Array } | null;
  /** Distinct (first, second) name-id pairs compared, per name field, as interleaved ids. */
  namePairs: { given: Uint32Array; surname: Uint32Array };
}

/** The blocking rules a link uses. */
export function blockingOf(
  options: Pick<LinkPartOptions, 'blocking' | 'decision'>,
  fields: readonly ComparisonField[],
): readonly BlockingRule[] {
  const { decision } = options;
  return (
    options.blocking ??
    (decision.kind === 'rules' ? blockingRulesFor(decision.rules, fields) : DEFAULT_BLOCKING)
  );
}

/**
 * Blocks, compares and decides the candidate pairs of one partition; `values` are the
 * records' blocking key parts if already read (blockingValues, with `blockingOf`'s rules).
 */
export function linkPart(
  a: LinkRecords,
  b: LinkRecords,
  nameOf: (id: number) => string,
  families: RomanisationFamilies,
  options: LinkPartOptions,
  partition: Partition,
  values?: BlockingValues,
): LinkPart {
  const comparer = new RecordComparer(options.comparison, nameOf, families);
  const fields = comparer.fields;
  const { decision } = options;
  const blocking = blockingOf(options, fields);
  const reader = new KeyReader(nameOf, families);
  const candidates = candidatePairs(
    reader,
    blocking,
    a,
    b,
    partition,
    values ?? blockingValues(reader, blocking, a, b),
    options.maxCandidatePairs,
  );
  const vectors = comparer.compareAll(a, b, candidates.left, candidates.right);
  const width = fields.length;
  const histogram = decision.kind === 'fellegiSunter' ? new ScoreHistogram(0, 0) : null;
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
      histogram!.add(weight, a.truth[i] !== UNKNOWN_TRUTH && a.truth[i] === b.truth[j]);
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
  return {
    partition,
    candidates: candidates.left.length,
    byRule: candidates.byRule.map((r) => r.pairs),
    declared: {
      left: Uint32Array.from(keep, (k) => candidates.left[k]!),
      right: Uint32Array.from(keep, (k) => candidates.right[k]!),
      score: Float64Array.from(scores),
      rule: Uint8Array.from(keep, (k) => candidates.rule[k]!),
    },
    histogram: histogram && {
      trueMatches: histogram.trueMatches,
      nonMatches: histogram.nonMatches,
    },
    namePairs: { given: comparer.given.comparedPairs(), surname: comparer.surname.comparedPairs() },
  };
}

/** What merging adds up, before evaluation against the truth. */
export interface MergedParts {
  fields: readonly ComparisonField[];
  blocking: readonly BlockingRule[];
  candidates: number;
  byRule: { rule: string; pairs: number }[];
  declared: { left: Uint32Array; right: Uint32Array; score: Float64Array };
  /** Summed histogram bins (Fellegi–Sunter only). */
  histogram: { trueMatches: Float64Array; nonMatches: Float64Array } | null;
  distinctNamePairs: number;
}

/**
 * The parts of every partition (any order) as one thread's result. One thread emits pairs by
 * second record, then blocking rule, then first record; a (second record, rule) pair has one
 * key, so one partition, and a partition keeps that order: a merge on (second, rule) restores
 * the single-thread order exactly.
 */
export function mergeLinkParts(
  options: Pick<LinkPartOptions, 'blocking' | 'decision' | 'comparison'>,
  parts: readonly LinkPart[],
): MergedParts {
  const fields = comparisonFields(options.comparison);
  const blocking = blockingOf(options, fields);
  const total = parts.reduce((s, p) => s + p.declared.left.length, 0);
  const declared = {
    left: new Uint32Array(total),
    right: new Uint32Array(total),
    score: new Float64Array(total),
  };
  const at = parts.map(() => 0);
  for (let out = 0; out < total; out++) {
    let best = -1;
    for (let p = 0; p < parts.length; p++) {
      const d = parts[p]!.declared;
      if (at[p]! >= d.left.length) continue;
      if (best < 0) {
        best = p;
        continue;
      }
      const e = parts[best]!.declared;
      const j = d.right[at[p]!]!;
      const k = e.right[at[best]!]!;
      if (j < k || (j === k && d.rule[at[p]!]! < e.rule[at[best]!]!)) best = p;
    }
    const d = parts[best]!.declared;
    const k = at[best]!++;
    declared.left[out] = d.left[k]!;
    declared.right[out] = d.right[k]!;
    declared.score[out] = d.score[k]!;
  }
  let histogram: MergedParts['histogram'] = null;
  for (const part of parts) {
    if (!part.histogram) continue;
    if (!histogram)
      histogram = {
        trueMatches: new Float64Array(part.histogram.trueMatches.length),
        nonMatches: new Float64Array(part.histogram.nonMatches.length),
      };
    for (let bin = 0; bin < histogram.trueMatches.length; bin++) {
      histogram.trueMatches[bin]! += part.histogram.trueMatches[bin]!;
      histogram.nonMatches[bin]! += part.histogram.nonMatches[bin]!;
    }
  }
  return {
    fields,
    blocking,
    candidates: parts.reduce((s, p) => s + p.candidates, 0),
    byRule: blocking.map((rule, r) => ({
      rule: rule.name,
      pairs: parts.reduce((s, p) => s + p.byRule[r]!, 0),
    })),
    declared,
    histogram,
    distinctNamePairs:
      distinctPairs(parts.map((p) => p.namePairs.given)) +
      distinctPairs(parts.map((p) => p.namePairs.surname)),
  };
}

/** Distinct pairs among interleaved (a, b) id lists. */
function distinctPairs(lists: readonly Uint32Array[]): number {
  if (lists.length === 1) return lists[0]!.length / 2;
  const seen = new PairCache();
  for (const list of lists)
    for (let k = 0; k < list.length; k += 2) seen.set(list[k]!, list[k + 1]!, 1);
  return seen.size;
}
