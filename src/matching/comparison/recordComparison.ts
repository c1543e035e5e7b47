/**
 * Compares two records field by field into a comparison vector: given name, surname, IRS name
 * control, name order (given and family name swapped), date of birth, address and TIN. Name
 * levels come from a cache per distinct pair of names (NameComparer).
 */
import { z } from 'zod';
import type { ComparisonField, ComparisonVectors } from '../decision/comparisonSpace';
import type { LinkRecords } from '../linking/LinkRecords';
import { ADDRESS_LEVELS, addressLevel } from './addresses';
import { DOB_LEVELS, dobLevel } from './dates';
import { nameControl } from './names/nameControl';
import { NameComparer } from './names/NameComparer';
import { DEFAULT_NAME_LEVELS, NameLevelsSchema, nameLevelNames } from './names/nameLevels';
import type { RomanisationFamilies } from './names/romanisationFamilies';

export const RecordComparisonSpecSchema = z.strictObject({
  given: NameLevelsSchema.default([...DEFAULT_NAME_LEVELS]),
  surname: NameLevelsSchema.default([...DEFAULT_NAME_LEVELS]),
});
export type RecordComparisonSpec = z.infer<typeof RecordComparisonSpecSchema>;

/** Field positions in every comparison vector. */
export const Field = {
  given: 0,
  surname: 1,
  nameControl: 2,
  nameOrder: 3,
  dob: 4,
  address: 5,
  tin: 6,
} as const;
export const FIELD_COUNT = 7;

export const SAME_DIFFERENT_MISSING = ['same', 'different', 'missing'] as const;
export const NAME_ORDER_LEVELS = ['asWritten', 'swapped'] as const;

/** The comparison fields (names, levels, null levels) a spec produces. */
export function comparisonFields(spec: RecordComparisonSpec): ComparisonField[] {
  const given = nameLevelNames(spec.given);
  const surname = nameLevelNames(spec.surname);
  return [
    { name: 'given', levels: given, nullLevel: given.length - 1 },
    { name: 'surname', levels: surname, nullLevel: surname.length - 1 },
    { name: 'nameControl', levels: [...SAME_DIFFERENT_MISSING], nullLevel: 2 },
    { name: 'nameOrder', levels: [...NAME_ORDER_LEVELS] },
    { name: 'dob', levels: [...DOB_LEVELS], nullLevel: DOB_LEVELS.length - 1 },
    { name: 'address', levels: [...ADDRESS_LEVELS], nullLevel: ADDRESS_LEVELS.length - 1 },
    { name: 'tin', levels: [...SAME_DIFFERENT_MISSING], nullLevel: 2 },
  ];
}

export class RecordComparer {
  readonly fields: ComparisonField[];
  readonly given: NameComparer;
  readonly surname: NameComparer;
  private readonly controls = new Map<number, string>();

  constructor(
    spec: RecordComparisonSpec,
    private readonly nameOf: (id: number) => string,
    families: RomanisationFamilies,
  ) {
    this.fields = comparisonFields(spec);
    this.given = new NameComparer(spec.given, nameOf, families);
    this.surname = new NameComparer(spec.surname, nameOf, families);
  }

  /** Writes the 7 levels of pair (a[i], b[j]) at out[offset …]. */
  compare(
    a: LinkRecords,
    i: number,
    b: LinkRecords,
    j: number,
    out: Uint8Array,
    offset: number,
  ): void {
    const ga = a.given[i]!;
    const gb = b.given[j]!;
    const sa = a.surname[i]!;
    const sb = b.surname[j]!;
    out[offset + Field.given] = this.given.level(ga, gb);
    out[offset + Field.surname] = this.surname.level(sa, sb);
    out[offset + Field.nameControl] = this.nameControlLevel(sa, sb);
    out[offset + Field.nameOrder] =
      ga !== 0 && sa !== 0 && ga === sb && sa === gb && ga !== gb ? 1 : 0;
    out[offset + Field.dob] = dobLevel(a.dob[i]!, b.dob[j]!);
    out[offset + Field.address] = addressLevel(a, i, b, j);
    const ta = a.tin[i]!;
    const tb = b.tin[j]!;
    out[offset + Field.tin] = ta === 0 || tb === 0 ? 2 : ta === tb ? 0 : 1;
  }

  /** Comparison vectors of candidate pairs (left[k] of a with right[k] of b). */
  compareAll(
    a: LinkRecords,
    b: LinkRecords,
    left: Uint32Array,
    right: Uint32Array,
  ): ComparisonVectors {
    const count = left.length;
    const levels = new Uint8Array(count * FIELD_COUNT);
    for (let k = 0; k < count; k++)
      this.compare(a, left[k]!, b, right[k]!, levels, k * FIELD_COUNT);
    return { fields: this.fields, count, levels };
  }

  private nameControlLevel(a: number, b: number): number {
    if (a === 0 || b === 0) return 2;
    const ca = this.control(a);
    const cb = this.control(b);
    if (ca === '' || cb === '') return 2;
    return ca === cb ? 0 : 1;
  }

  private control(id: number): string {
    let code = this.controls.get(id);
    if (code === undefined) {
      code = nameControl(this.nameOf(id));
      this.controls.set(id, code);
    }
    return code;
  }
}
