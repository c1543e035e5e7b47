/**
 * Why a declared match is the wrong person. Each false match is given the first cause that
 * applies, in this order: the two are in one household; they live in one building; the
 * record's TIN is the other person's; a date of birth is a placeholder (1 January); otherwise
 * a namesake elsewhere.
 */
export const FALSE_MATCH_CAUSES = [
  'householdMember',
  'sameBuilding',
  'wrongTin',
  'placeholderDob',
  'namesakeElsewhere',
] as const;
export type FalseMatchCause = (typeof FALSE_MATCH_CAUSES)[number];

/** Each cause as people read it (metrics.json keeps the identifiers). */
export const FALSE_MATCH_CAUSE_LABELS: Readonly<Record<FalseMatchCause, string>> = {
  householdMember: 'a member of the same household',
  sameBuilding: 'a neighbour in the same building',
  wrongTin: "the holder of the record's wrong TIN",
  placeholderDob: 'a placeholder date of birth (1 January)',
  namesakeElsewhere: 'a namesake elsewhere',
};

/** What the simulation knows of people, for explaining false matches. */
export interface TruthOracle {
  household(person: number): number;
  /** The building a person lives in (a key comparable across people). */
  homeBuilding(person: number): number;
  /** The person a TIN was issued to, or −1. */
  tinHolder(tin: number): number;
  community(person: number): number;
}

export interface FalseMatchFacts {
  leftPerson: number;
  rightPerson: number;
  leftTin: number;
  rightTin: number;
  placeholderDob: boolean;
}

export function falseMatchCause(oracle: TruthOracle, f: FalseMatchFacts): FalseMatchCause {
  if (oracle.household(f.leftPerson) === oracle.household(f.rightPerson)) return 'householdMember';
  if (oracle.homeBuilding(f.leftPerson) === oracle.homeBuilding(f.rightPerson))
    return 'sameBuilding';
  if (
    (f.rightTin !== 0 && oracle.tinHolder(f.rightTin) === f.leftPerson) ||
    (f.leftTin !== 0 && oracle.tinHolder(f.leftTin) === f.rightPerson)
  ) {
    return 'wrongTin';
  }
  if (f.placeholderDob) return 'placeholderDob';
  return 'namesakeElsewhere';
}
