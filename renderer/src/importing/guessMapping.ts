/** A first guess at the column mapping from a file's header names, for the user to correct. */
import type { MappedField } from '../../../src/matching/io/columnMapping';

const PATTERNS: [MappedField, RegExp][] = [
  ['fullName', /^(full_?name|name)$/i],
  ['given', /^(given|first)(_?name)?$|^forename$/i],
  ['surname', /^(surname|last(_?name)?|family(_?name)?)$/i],
  ['middle', /^middle(_?name)?$/i],
  ['dob', /^(dob|birth_?date|date_?of_?birth|birthday)$/i],
  ['address', /^(address|street|address_?line_?1?|street_?address)$/i],
  ['unit', /^(unit|apt|apartment|suite)$/i],
  ['zip', /^(zip|zip_?code|postal_?code|zipcode)$/i],
  ['tin', /^(tin|ssn|itin|taxpayer_?id)$/i],
  ['truth', /^(truth|person(_?id)?|true_?id|id_?true)$/i],
];

export function guessMapping(headers: readonly string[]): Partial<Record<MappedField, string>> {
  const mapping: Partial<Record<MappedField, string>> = {};
  for (const [field, pattern] of PATTERNS) {
    const header = headers.find((h) => pattern.test(h.trim()));
    if (header !== undefined && !Object.values(mapping).includes(header)) mapping[field] = header;
  }
  if (mapping.given !== undefined || mapping.surname !== undefined) delete mapping.fullName;
  return mapping;
}
