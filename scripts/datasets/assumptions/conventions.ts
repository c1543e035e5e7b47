/** A community's naming conventions, as in `NamingConventionsSchema`. */
export interface ConventionAssumptions {
  familyNameFirst: number;
  hyphenatedGiven: number;
  spacedGiven: number;
  secondSurname: number;
  patronymic: boolean;
  compoundGiven: { share: number; male: readonly string[]; female: readonly string[] };
  middleName: number;
}

export const NO_CONVENTIONS: ConventionAssumptions = {
  familyNameFirst: 0,
  hyphenatedGiven: 0,
  spacedGiven: 0,
  secondSurname: 0,
  patronymic: false,
  compoundGiven: { share: 0, male: [], female: [] },
  middleName: 0,
};
