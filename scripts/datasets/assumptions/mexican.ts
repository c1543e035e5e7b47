import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// mexican_central_american

/** ASSUMPTION — SOURCES.md#a-mexican-conventions. */
export const MEXICAN_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  hyphenatedGiven: 0.05,
  // Two given names (JOSE LUIS) are written with a space; some systems join them (JOSELUIS).
  spacedGiven: 0.6,
  secondSurname: 0.5,
  compoundGiven: { share: 0.1, male: ['JOSE', 'JUAN', 'LUIS'], female: ['MARIA', 'ANA'] },
  middleName: 0.3,
};

/** ASSUMPTION — SOURCES.md#a-mexican-families. Z/S and G/J/X spellings of one name. */
export const MEXICAN_SPELLING_FAMILIES: readonly (readonly string[])[] = [
  ['GONZALEZ', 'GONZALES'],
  ['HERNANDEZ', 'HERNANDES'],
  ['RODRIGUEZ', 'RODRIGUES'],
  ['ALVAREZ', 'ALVARES'],
  ['PEREZ', 'PERES'],
  ['VASQUEZ', 'VAZQUEZ', 'VASQUES'],
  ['JIMENEZ', 'GIMENEZ', 'XIMENEZ'],
];
