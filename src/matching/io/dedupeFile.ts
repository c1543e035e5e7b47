/**
 * Deduplicating one file: linking it with itself and keeping each pair of distinct records
 * once. Linking a file with itself finds every pair twice, (i, j) and (j, i), and each record
 * with itself; this keeps the pairs i < j and re-counts everything over the n(n−1)/2 pairs of
 * distinct records, where the true matches are Σ C(size, 2) over the groups of equal truth.
 *
 * The halving is exact because blocking is symmetric and so is every comparison level except
 * fuse.js scores (not among the defaults): (i, j) and (j, i) are both candidates or neither,
 * with one comparison vector. A record is its own candidate under the first blocking rule
 * whose every key part it has; those self-pairs are subtracted before halving. Population
 * name frequencies (term-frequency weights) are not taken: a user's file has none.
 */
import { KeyReader } from '../blocking/keyParts';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import { RecordComparer } from '../comparison/recordComparison';
import { metricsOf } from '../evaluation/metrics';
import { ScoreHistogram } from '../evaluation/ScoreHistogram';
import { allocateLinkRecords, UNKNOWN_TRUTH, type LinkRecords } from '../linking/LinkRecords';
import {
  linkTwoFiles,
  type DeclaredMatches,
  type LinkOptions,
  type LinkResult,
} from '../linking/linkTwoFiles';

/** Pairs of distinct records that are the same person: Σ C(size, 2) over truth groups. */
export function duplicatePairs(records: LinkRecords): number {
  const groups = new Map<number, number>();
  for (let i = 0; i < records.size; i++) {
    const t = records.truth[i]!;
    if (t !== UNKNOWN_TRUTH) groups.set(t, (groups.get(t) ?? 0) + 1);
  }
  let pairs = 0;
  for (const n of groups.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}

export function dedupeFile(
  records: LinkRecords,
  nameOf: (id: number) => string,
  families: RomanisationFamilies,
  options: Omit<LinkOptions, 'oracle' | 'frequencies'>,
): LinkResult {
  const ordered = linkTwoFiles(records, records, nameOf, families, options);
  const self = selfCandidates(records, ordered.blocking, new KeyReader(nameOf, families));
  const half = (n: number) => {
    if (n % 2 !== 0) throw new Error('dedupe: comparisons are not symmetric');
    return n / 2;
  };
  const n = records.size;
  const allPairs = (n * (n - 1)) / 2;
  const count = half(ordered.candidates.count - self.indices.length);
  const declared = upperPairs(ordered.declared);
  const actual = duplicatePairs(records);
  let tp = 0;
  for (let d = 0; d < declared.isMatch.length; d++) tp += declared.isMatch[d]!;
  const fp = declared.isMatch.length - tp;
  const fn = Math.max(0, actual - tp);
  let histogram: ScoreHistogram | null = null;
  if (ordered.histogram && options.decision.kind === 'fellegiSunter') {
    const comparer = new RecordComparer(options.comparison, nameOf, families);
    const vectors = comparer.compareAll(records, records, self.indices, self.indices);
    const weights = options.decision.model.matchWeights(vectors);
    const selfHistogram = new ScoreHistogram(0, 0);
    self.indices.forEach((i, k) =>
      selfHistogram.add(weights[k]!, records.truth[i] !== UNKNOWN_TRUTH),
    );
    histogram = new ScoreHistogram(actual, allPairs);
    for (let b = 0; b < histogram.trueMatches.length; b++) {
      histogram.trueMatches[b] = half(
        ordered.histogram.trueMatches[b]! - selfHistogram.trueMatches[b]!,
      );
      histogram.nonMatches[b] = half(
        ordered.histogram.nonMatches[b]! - selfHistogram.nonMatches[b]!,
      );
    }
  }
  return {
    ...ordered,
    candidates: {
      count,
      byRule: ordered.candidates.byRule.map((r, k) => ({
        rule: r.rule,
        pairs: half(r.pairs - self.byRule[k]!),
      })),
      reductionRatio: allPairs > 0 ? 1 - count / allPairs : 1,
    },
    declared,
    metrics: metricsOf({
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      trueNegatives: allPairs - tp - fp - fn,
    }),
    histogram,
    falseMatchCauses: null,
    byCommunity: null,
  };
}

/** Records that are their own candidate, and how many each blocking rule finds first. */
function selfCandidates(
  records: LinkRecords,
  blocking: LinkResult['blocking'],
  reader: KeyReader,
): { indices: Uint32Array; byRule: number[] } {
  const byRule = blocking.map(() => 0);
  const indices: number[] = [];
  for (let i = 0; i < records.size; i++) {
    const r = blocking.findIndex((rule) =>
      rule.on.every((part) => reader.read(part, records, i) !== 0),
    );
    if (r < 0) continue;
    byRule[r]!++;
    indices.push(i);
  }
  return { indices: Uint32Array.from(indices), byRule };
}

/** The declared pairs with left < right. */
function upperPairs(declared: DeclaredMatches): DeclaredMatches {
  const keep: number[] = [];
  for (let d = 0; d < declared.left.length; d++)
    if (declared.left[d]! < declared.right[d]!) keep.push(d);
  return {
    left: Uint32Array.from(keep, (d) => declared.left[d]!),
    right: Uint32Array.from(keep, (d) => declared.right[d]!),
    score: Float64Array.from(keep, (d) => declared.score[d]!),
    isMatch: Uint8Array.from(keep, (d) => declared.isMatch[d]!),
  };
}

/**
 * The file split in two by a fixed hash of each record's position, to fit a model for one
 * file: the pairs across the halves are a sample of the pairs of distinct records, each once,
 * where the file linked with itself would add every record paired with itself (a perfect
 * "match" that inflates m and λ). A hash, not alternate rows, because files are often sorted
 * and a person's records adjacent.
 */
export function splitInHalves(records: LinkRecords): [LinkRecords, LinkRecords] {
  const sides: number[][] = [[], []];
  for (let i = 0; i < records.size; i++) sides[Math.imul(i + 1, 0x9e3779b1) >>> 31]!.push(i);
  return [pick(records, sides[0]!), pick(records, sides[1]!)];
}

function pick(records: LinkRecords, indices: readonly number[]): LinkRecords {
  const out = allocateLinkRecords(indices.length);
  indices.forEach((i, k) => {
    out.given[k] = records.given[i]!;
    out.surname[k] = records.surname[i]!;
    out.dob[k] = records.dob[i]!;
    out.zip[k] = records.zip[i]!;
    out.building[k] = records.building[i]!;
    out.unit[k] = records.unit[i]!;
    out.addressQuality[k] = records.addressQuality[i]!;
    out.tin[k] = records.tin[i]!;
    out.truth[k] = records.truth[i]!;
  });
  return out;
}
