/**
 * Comparison patterns: the distinct level vectors among a set of pairs, each with its count.
 * Four fields of three or four levels have at most a few hundred patterns however many
 * millions of pairs there are, so EM iterates over patterns, not pairs.
 *
 * A pattern is encoded as one mixed-radix number, field 0 the least significant digit:
 * code = Σ level[f] · radix[f], radix[f] = Π_{g<f} (number of levels of field g). The code is
 * exact while the product of all level counts stays within 2^53.
 */
import { engineError } from '../messages';
import { validateFields, type ComparisonField, type ComparisonVectors } from './comparisonSpace';

/** Distinct patterns and their (possibly weighted) counts, in increasing code order. */
export interface PatternCounts {
  readonly fields: readonly ComparisonField[];
  /** Number of distinct patterns. */
  readonly size: number;
  readonly codes: Float64Array;
  readonly counts: Float64Array;
  /** size × fields.length levels, row-major, decoded from the codes. */
  readonly levels: Uint8Array;
}

/** The place value of each field's digit. */
export function patternRadices(fields: readonly ComparisonField[]): number[] {
  const radices: number[] = [];
  let place = 1;
  for (const field of fields) {
    radices.push(place);
    place *= field.levels.length;
  }
  if (place > Number.MAX_SAFE_INTEGER)
    throw engineError(
      'comparisonFieldsInvalid',
      `${fields.length} fields give more level patterns than a pattern code can number exactly`,
    );
  return radices;
}

/** The code of the level vector starting at `levels[offset]`. */
export function encodePattern(
  radices: readonly number[],
  levels: ArrayLike<number>,
  offset = 0,
): number {
  let code = 0;
  for (let f = 0; f < radices.length; f++) code += levels[offset + f]! * radices[f]!;
  return code;
}

/** Writes the level vector of `code` into `out` at `offset`. */
export function decodePattern(
  fields: readonly ComparisonField[],
  code: number,
  out: Uint8Array,
  offset = 0,
): void {
  let rest = code;
  for (let f = 0; f < fields.length; f++) {
    const n = fields[f]!.levels.length;
    out[offset + f] = rest % n;
    rest = Math.floor(rest / n);
  }
}

/**
 * Compresses pairs into patterns. `weights` (one per pair, default 1) lets a caller count a
 * sampled pair for the many it stands for.
 */
export function patternCounts(
  vectors: ComparisonVectors,
  weights?: ArrayLike<number>,
): PatternCounts {
  const { fields, count } = vectors;
  validateFields(fields);
  if (weights && weights.length !== count)
    throw engineError(
      'comparisonFieldsInvalid',
      `${weights.length} weights given for ${count} pairs`,
    );
  const radices = patternRadices(fields);
  const width = fields.length;
  const totals = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const w = weights ? weights[i]! : 1;
    if (!(w >= 0 && Number.isFinite(w)))
      throw engineError('comparisonFieldsInvalid', `pair ${i} has weight ${w}`);
    let code = 0;
    for (let f = 0; f < width; f++) {
      const level = vectors.levels[i * width + f]!;
      const n = fields[f]!.levels.length;
      if (level >= n) throw engineError('comparisonLevelOutOfRange', fields[f]!.name, level, n);
      code += level * radices[f]!;
    }
    totals.set(code, (totals.get(code) ?? 0) + w);
  }
  const codes = Float64Array.from(totals.keys()).sort();
  const counts = codes.map((code) => totals.get(code)!);
  const levels = new Uint8Array(codes.length * width);
  codes.forEach((code, p) => decodePattern(fields, code, levels, p * width));
  return { fields, size: codes.length, codes, counts, levels };
}
