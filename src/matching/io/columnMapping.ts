/**
 * Which column of a user's CSV file holds each field a record is linked on. A mapping is JSON,
 * e.g. `{ "given": "first_name", "surname": "last_name", "dob": "birth_date",
 * "dobFormat": "MM/DD/YYYY", "address": "street", "zip": "zip", "truth": "person_id" }`;
 * values are header names as the file spells them (surrounding spaces ignored).
 *
 * Names come either from `given` + `surname`, or from one `fullName` column, split by this rule:
 *  - with a comma, "SURNAME, GIVEN [MIDDLE…]": the surname is everything before the comma, the
 *    given name the first word after it (KIM, MIN-JUN → surname KIM, given MIN-JUN);
 *  - without one, "GIVEN [MIDDLE…] SURNAME": the first word is the given name, the last word the
 *    surname. A two-word surname (GARCIA LOPEZ) or a family-name-first order (Kim Min-jun) is
 *    then read wrongly: use the comma form or separate columns for such files.
 */
import { z } from 'zod';
import { engineError } from '../messages';
import { plainIssue } from '../validation';

/** Date-of-birth layouts a column may use; one per file. */
export const DOB_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'YYYYMMDD'] as const;
export type DobFormat = (typeof DOB_FORMATS)[number];

const column = (what: string) =>
  z.string().trim().min(1, 'must name a column of the file').describe(what);

export const ColumnMappingSchema = z
  .strictObject({
    given: column('The column holding the given (first) name.').optional(),
    surname: column('The column holding the surname (family name).').optional(),
    middle: column(
      'The column holding middle names. Accepted and not compared yet. Default: none.',
    ).optional(),
    fullName: column(
      'One column holding the whole name, "SURNAME, GIVEN" or "GIVEN SURNAME" (see the module comment), instead of given + surname.',
    ).optional(),
    dob: column('The column holding the date of birth. Default: none (no dates).').optional(),
    dobFormat: z
      .enum(DOB_FORMATS)
      .default('YYYY-MM-DD')
      .describe('How dates of birth are written. Default: YYYY-MM-DD.'),
    address: column(
      'The column holding the street line; a unit written in it ("APT 4B", "# 7") is split off. Default: none.',
    ).optional(),
    unit: column('A separate column holding the apartment or unit. Default: none.').optional(),
    zip: column('The column holding the ZIP code (5 digits or ZIP+4). Default: none.').optional(),
    tin: column('The column holding the SSN or ITIN (9 digits). Default: none.').optional(),
    truth: column(
      'A column whose equal values mean the same person, for measuring precision and recall. Default: none.',
    ).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.fullName !== undefined && (m.given !== undefined || m.surname !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['fullName'],
        message: 'give either "fullName" or "given" and "surname", not both',
      });
    if (m.fullName === undefined)
      for (const key of ['given', 'surname'] as const)
        if (m[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'required (or map "fullName" instead of "given" and "surname")',
          });
  });

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** The mapping's fields that name a column (all but dobFormat). */
export type MappedField = Exclude<keyof ColumnMapping, 'dobFormat'>;
export const MAPPED_FIELDS: readonly MappedField[] = [
  'given',
  'surname',
  'middle',
  'fullName',
  'dob',
  'address',
  'unit',
  'zip',
  'tin',
  'truth',
];

/** The header names a mapping reads, each once. */
export function mappedColumns(mapping: ColumnMapping): string[] {
  const columns = MAPPED_FIELDS.map((field) => mapping[field]).filter(
    (c): c is string => c !== undefined,
  );
  return [...new Set(columns)];
}

/**
 * Validates a mapping; an error names the mapping (`source`, e.g. its file) and the JSON path of
 * the first problem, as parseWithSchema does for scenarios (whose messages say "scenario").
 */
export function parseColumnMapping(input: unknown, source: string): ColumnMapping {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw engineError('columnMappingInvalid', source, '(root)', 'expected a JSON object');
  const result = ColumnMappingSchema.safeParse(input, { error: plainIssue });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw engineError(
    'columnMappingInvalid',
    source,
    issue.path.map(String).join('.') || '(root)',
    issue.message,
  );
}
