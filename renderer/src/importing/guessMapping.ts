/** A first guess at the column mapping from a file's header names, for the user to correct. */
import type { DobFormat, MappedField } from '../../../src/matching/io/columnMapping';

const PATTERNS: [MappedField, RegExp][] = [
  ['fullName', /^(full_?name|name)$/i],
  ['given', /^(given|first)(_?name)?$|^forename$/i],
  ['surname', /^(surname|last(_?name)?|family(_?name)?)$/i],
  ['middle', /^middle(_?name)?$/i],
  ['dob', /^(dob|born|birth|birth_?date|date_?of_?birth|birthday)$/i],
  ['address', /^(address|street|address_?line_?1?|street_?address)$/i],
  ['unit', /^(unit|apt|apartment|suite)$/i],
  ['zip', /^(zip|zip_?code|postal_?code|zipcode)$/i],
  ['tin', /^(tin|ssn|itin|taxpayer_?id)$/i],
  ['truth', /^(truth|person(_?id)?|true_?id|id_?true)$/i],
];

export function guessMapping(
  headers: readonly string[],
  preview: readonly string[][] = [],
): Partial<Record<MappedField, string>> & { dobFormat?: DobFormat } {
  const mapping: Partial<Record<MappedField, string>> & { dobFormat?: DobFormat } = {};
  for (const [field, pattern] of PATTERNS) {
    const header = headers.find((h) => pattern.test(h.trim()));
    if (header !== undefined && !Object.values(mapping).includes(header)) mapping[field] = header;
  }
  if (mapping.given !== undefined || mapping.surname !== undefined) delete mapping.fullName;
  if (mapping.dob !== undefined) {
    const column = headers.indexOf(mapping.dob);
    const format = guessDobFormat(preview.map((row) => row[column] ?? ''));
    if (format) mapping.dobFormat = format;
  }
  return mapping;
}

/**
 * The date format every non-empty sample value is written in, or undefined when none is or
 * they disagree. Slashed dates are month first unless a first part above 12 shows day first.
 */
export function guessDobFormat(values: readonly string[]): DobFormat | undefined {
  const samples = values.map((v) => v.trim()).filter((v) => v !== '');
  if (samples.length === 0) return undefined;
  if (samples.every((v) => /^\d{4}-\d{1,2}-\d{1,2}$/.test(v))) return 'YYYY-MM-DD';
  if (samples.every((v) => /^\d{8}$/.test(v))) return 'YYYYMMDD';
  const slashed = samples.map((v) => /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(v));
  if (slashed.every((m) => m !== null)) {
    const dayFirst = slashed.some((m) => Number(m[1]) > 12);
    const monthFirst = slashed.some((m) => Number(m[2]) > 12);
    if (dayFirst && monthFirst) return undefined;
    return dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
  }
  return undefined;
}
