import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// haitian

/**
 * ASSUMPTION — SOURCES.md#a-haitian-surnames. Common Haitian surnames (membership is an
 * assumption), joined as the Census writes them. Names missing from the Census file are dropped.
 */
export const HAITIAN_SURNAMES: readonly string[] = [
  'JEAN',
  'PIERRE',
  'JOSEPH',
  'LOUIS',
  'CHARLES',
  'JEANBAPTISTE',
  'ETIENNE',
  'FRANCOIS',
  'DESIR',
  'CELESTIN',
  'NOEL',
  'AUGUSTIN',
  'ALEXIS',
  'JEANLOUIS',
  'JEANPIERRE',
  'JEANCHARLES',
  'JEANPHILIPPE',
  'SAINTIL',
  'SAINTLOUIS',
  'DORVIL',
  'PIERRELOUIS',
  'LOUISJEAN',
  'JEANTY',
  'CADET',
  'EXANTUS',
  'LAGUERRE',
  'BELIZAIRE',
  'MONDESIR',
  'PETITFRERE',
  'TOUSSAINT',
  'GUERRIER',
  'BAPTISTE',
  'DORSAINVIL',
  'SAINVIL',
  'THELUSMA',
  'DORCELY',
];

/** ASSUMPTION — SOURCES.md#a-haitian-surname-share. Range 0.3–0.6. */
export const HAITIAN_SURNAME_LIST_SHARE = 0.5;

/** ASSUMPTION — SOURCES.md#a-haitian-given-share. Range 0.1–0.5. */
export const HAITIAN_GIVEN_LIST_SHARE = 0.3;

/** ASSUMPTION — SOURCES.md#a-haitian-conventions. Jean-/Marie-/Rose- compounds. */
export const HAITIAN_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  compoundGiven: { share: 0.3, male: ['JEAN'], female: ['MARIE', 'ROSE'] },
  middleName: 0.3,
};
