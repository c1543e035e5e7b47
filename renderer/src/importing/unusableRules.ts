/**
 * Rules that cannot declare any match with the columns mapped: each condition needs its field
 * in every file (a rule on the date of birth, with no date-of-birth column, accepts nothing).
 * Said before the link, so that an empty result is not read as "no wrong matches".
 */
import type { MatchRule } from '../../../src/matching/decision/rules';
import type { MappingDraft } from './ColumnMappingForm';

const NEEDS: Record<string, { what: string; mapped: (m: MappingDraft) => boolean }> = {
  given: { what: 'a given name', mapped: (m) => !!(m.given ?? m.fullName) },
  surname: { what: 'a surname', mapped: (m) => !!(m.surname ?? m.fullName) },
  nameControl: { what: 'a surname', mapped: (m) => !!(m.surname ?? m.fullName) },
  nameOrder: {
    what: 'a given name and a surname',
    mapped: (m) => !!m.fullName || (!!m.given && !!m.surname),
  },
  dob: { what: 'a date of birth', mapped: (m) => !!m.dob },
  address: { what: 'a street address or ZIP code', mapped: (m) => !!(m.address ?? m.zip) },
  tin: { what: 'an SSN / ITIN', mapped: (m) => !!m.tin },
};

export function unusableRules(
  rules: readonly MatchRule[],
  files: readonly { name: string; mapping: MappingDraft }[],
): string[] {
  const warnings: string[] = [];
  for (const rule of rules) {
    const missing = rule.all
      .map((condition) => NEEDS[condition.field])
      .flatMap((need) =>
        need ? files.filter((f) => !need.mapped(f.mapping)).map((f) => ({ need, f })) : [],
      )[0];
    if (missing)
      warnings.push(
        `Rule "${rule.name}" needs ${missing.need.what}, and no column of ${missing.f.name} is mapped to one: it cannot declare any match.`,
      );
  }
  return warnings;
}
