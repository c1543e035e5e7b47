import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// east_african (Ethiopian, Eritrean, Somali)

/**
 * ASSUMPTION — SOURCES.md#a-east-african-surnames. Somali, Ethiopian and Eritrean names, which
 * in US records serve as surnames (the father's given name). MUHAMMAD is left out: most of its
 * Black bearers are African American, not East African.
 */
export const EAST_AFRICAN_SURNAMES: readonly string[] = [
  'MOHAMED',
  'AHMED',
  'ALI',
  'HASSAN',
  'ABDI',
  'HUSSEIN',
  'OMAR',
  'YUSUF',
  'FARAH',
  'OSMAN',
  'IBRAHIM',
  'ABDULLAHI',
  'WARSAME',
  'JAMA',
  'ADEN',
  'NUR',
  'MOHAMUD',
  'ISMAIL',
  'DAHIR',
  'ABDULLE',
  'HIRSI',
  'ELMI',
  'TESFAYE',
  'BEKELE',
  'HAILE',
  'GEBRE',
  'TADESSE',
  'ALEMU',
  'KEBEDE',
  'TEKLE',
  'GIRMA',
  'ABEBE',
  'HAILU',
  'DESTA',
  'MENGISTU',
  'BERHANE',
  'ASSEFA',
  'GETACHEW',
  'MEKONNEN',
  'GEBREMEDHIN',
  'WOLDEMARIAM',
  'TESFAMARIAM',
  'GEBREMARIAM',
  'YOHANNES',
  'ABRAHA',
  'MULUGETA',
  'ASFAW',
];

/** ASSUMPTION — SOURCES.md#a-east-african-surname-share. Range 0.6–0.9. */
export const EAST_AFRICAN_SURNAME_LIST_SHARE = 0.8;

/** ASSUMPTION — SOURCES.md#a-east-african-given-share. Same names as the surnames. Range 0.6–0.9. */
export const EAST_AFRICAN_MALE_GIVEN_SHARE = 0.8;

/** ASSUMPTION — SOURCES.md#a-east-african-given-share. Equal weights. */
export const EAST_AFRICAN_FEMALE_GIVEN_NAMES: readonly string[] = [
  'AMINA',
  'FATIMA',
  'HAWA',
  'HALIMA',
  'ASHA',
  'SAHRA',
  'FADUMA',
  'MARYAN',
  'HODAN',
  'AYAN',
  'TIGIST',
  'MERON',
  'HIWOT',
  'SELAM',
  'BETHLEHEM',
  'ALMAZ',
  'MEKDES',
  'HANNA',
  'RUTH',
  'SARA',
];

/** ASSUMPTION — SOURCES.md#a-east-african-given-share. Range 0.4–0.8. */
export const EAST_AFRICAN_FEMALE_GIVEN_SHARE = 0.6;

/**
 * ASSUMPTION — SOURCES.md#a-east-african-families. Spellings of one name each: Somali
 * orthography (x = ḥ, c = ʿ) against English transcription; unmarked gemination in Amharic and
 * Tigrinya transcription.
 */
export const EAST_AFRICAN_SPELLING_FAMILIES: readonly (readonly string[])[] = [
  ['MOHAMED', 'MOHAMMED', 'MUHAMMAD', 'MAXAMED'], // not MOHAMUD: that is Mahmud (Maxamuud)
  ['ABDI', 'CABDI'],
  ['HASSAN', 'HASAN', 'XASAN'],
  ['HUSSEIN', 'HUSSEN', 'XUSEEN'],
  ['YUSUF', 'YOUSUF', 'YUSSUF'],
  ['ABDULLAHI', 'ABDULAHI', 'CABDULLAHI'],
  ['AHMED', 'AHMAD', 'AXMED'],
  ['OSMAN', 'OTHMAN', 'CISMAAN'],
  ['TESFAYE', 'TESFAY'],
  ['MEKONNEN', 'MEKONEN'],
  ['TADESSE', 'TADESE'],
  ['ASSEFA', 'ASEFA'],
];

/** ASSUMPTION — SOURCES.md#a-east-african-conventions. Grandfather's name as middle name. */
export const EAST_AFRICAN_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  patronymic: true,
  middleName: 0.5,
};
