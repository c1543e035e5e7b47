/**
 * The comparison space: each compared field has an ordered list of agreement levels, and each
 * candidate pair is a vector holding the level every field reached. The decision stage (rules
 * and the Fellegi–Sunter model) sees pairs only through these levels, so it does not care how
 * a level was computed (exact, Jaro–Winkler, phonetic, date or address comparison).
 */
import { engineError } from '../messages';

/** One compared field and its agreement levels. */
export interface ComparisonField {
  /** The name rules and saved models use, e.g. "surname". */
  readonly name: string;
  /** Level names from the strongest agreement to disagreement, e.g. exact, fuzzy, other. */
  readonly levels: readonly string[];
  /**
   * The level meaning "the value is missing on one record or both". It is evidence neither
   * for nor against a match: weight 0, and left out of every count that estimates m and u.
   */
  readonly nullLevel?: number;
}

/** Comparison vectors of `count` pairs, stored as one typed array. */
export interface ComparisonVectors {
  readonly fields: readonly ComparisonField[];
  readonly count: number;
  /** count × fields.length level indices, row-major: pair i, field f at `i * fields.length + f`. */
  readonly levels: Uint8Array;
}

/** Levels are stored in a Uint8Array. */
const MAX_LEVELS = 256;

/** Checks names are unique, every field has 2–256 levels and its null level is one of them. */
export function validateFields(fields: readonly ComparisonField[]): void {
  if (fields.length === 0) throw engineError('comparisonFieldsInvalid', 'no fields');
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name))
      throw engineError('comparisonFieldsInvalid', `field "${field.name}" appears twice`);
    seen.add(field.name);
    const n = field.levels.length;
    if (n < 2 || n > MAX_LEVELS)
      throw engineError(
        'comparisonFieldsInvalid',
        `field "${field.name}" has ${n} levels; it needs 2 to ${MAX_LEVELS}`,
      );
    const nl = field.nullLevel;
    if (nl !== undefined && !(Number.isInteger(nl) && nl >= 0 && nl < n))
      throw engineError('comparisonLevelOutOfRange', field.name, nl, n);
  }
}

/** True when both lists describe the same fields (names, level names, null levels). */
export function sameFields(a: readonly ComparisonField[], b: readonly ComparisonField[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (f, i) =>
        f.name === b[i]!.name &&
        f.nullLevel === b[i]!.nullLevel &&
        f.levels.length === b[i]!.levels.length &&
        f.levels.every((level, j) => level === b[i]!.levels[j]),
    )
  );
}

/** Builds comparison vectors from one level array per pair, checking every level. */
export function comparisonVectors(
  fields: readonly ComparisonField[],
  rows: readonly (readonly number[])[],
): ComparisonVectors {
  validateFields(fields);
  const width = fields.length;
  const levels = new Uint8Array(rows.length * width);
  rows.forEach((row, i) => {
    if (row.length !== width)
      throw engineError(
        'comparisonFieldsInvalid',
        `pair ${i} has ${row.length} levels for ${width} fields`,
      );
    row.forEach((level, f) => {
      const n = fields[f]!.levels.length;
      if (!(Number.isInteger(level) && level >= 0 && level < n))
        throw engineError('comparisonLevelOutOfRange', fields[f]!.name, level, n);
      levels[i * width + f] = level;
    });
  });
  return { fields, count: rows.length, levels };
}

/** The level field `field` of pair `pair` reached. */
export function levelOf(vectors: ComparisonVectors, pair: number, field: number): number {
  return vectors.levels[pair * vectors.fields.length + field]!;
}
