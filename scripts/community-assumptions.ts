/**
 * The numbers behind `datasets/communities.json` that do not come out of the raw data files.
 * Each constant says whether it is QUOTED (a published figure copied here, with its citation)
 * or an ASSUMPTION (a judgement, with a range for sensitivity analysis), and names its anchor
 * in `datasets/SOURCES.md`, where the reasoning and range are written out.
 * `scripts/build-datasets.ts` is the only reader.
 */

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

const NO_CONVENTIONS: ConventionAssumptions = {
  familyNameFirst: 0,
  hyphenatedGiven: 0,
  spacedGiven: 0,
  secondSurname: 0,
  patronymic: false,
  compoundGiven: { share: 0, male: [], female: [] },
  middleName: 0,
};

// ---------------------------------------------------------------------------------------------
// Quoted figures (not derivable from ../shared/data)
// ---------------------------------------------------------------------------------------------

/** QUOTED — SOURCES.md#q-distinct-surnames. Comenetz (2016), U.S. Census Bureau. */
export const DISTINCT_SURNAMES_2010 = 6_300_000;
export const DISTINCT_SURNAMES_SOURCE =
  'Comenetz, J. (2016), "Frequently Occurring Surnames in the 2010 Census", U.S. Census Bureau: about 6.3 million distinct surnames (quoted; not derivable from the shared data)';

/** QUOTED — SOURCES.md#q-korea-2015-shares. Percent of the population of South Korea. */
export const KOREA_2015_TOP10: readonly { name: string; percent: number }[] = [
  { name: 'KIM', percent: 21.5 },
  { name: 'LEE', percent: 14.7 },
  { name: 'PARK', percent: 8.4 },
  { name: 'CHOI', percent: 4.7 },
  { name: 'JEONG', percent: 4.3 },
  { name: 'KANG', percent: 2.4 },
  { name: 'CHO', percent: 2.1 },
  { name: 'YUN', percent: 2.1 },
  { name: 'JANG', percent: 2.0 },
  { name: 'LIM', percent: 1.7 },
];
export const KOREA_2015_SOURCE =
  "Statistics Korea, 2015 Population and Housing Census, as quoted in Wikipedia 'List of Korean surnames'";

/**
 * QUOTED — SOURCES.md#q-asian-populations-2010. Asian-alone detailed groups, U.S. Census
 * Bureau, "The Asian Population: 2010" (C2010BR-11), Table 5. Denominators of the US-resident
 * surname shares.
 */
export const KOREAN_ALONE_2010 = 1_423_784;
export const VIETNAMESE_ALONE_2010 = 1_548_449;
export const CHINESE_EXCEPT_TAIWANESE_ALONE_2010 = 3_137_061;
export const ASIAN_POPULATION_2010_SOURCE =
  'U.S. Census Bureau, "The Asian Population: 2010", 2010 Census Briefs C2010BR-11, Table 5 (quoted)';

/** QUOTED — SOURCES.md#q-china-population-2020. Seventh National Population Census (mainland). */
export const CHINA_POPULATION_2020 = 1_411_778_724;

// ---------------------------------------------------------------------------------------------
// Shared by several communities
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMPTION — SOURCES.md#a-given-zipf-exponent. Wikipedia's given-name lists are ranked but
 * carry no counts; a name's weight within its list is rank^-exponent. Range 0.5–1.5.
 */
export const GIVEN_NAME_ZIPF_EXPONENT = 1;

/**
 * ASSUMPTION — SOURCES.md#a-api-surname-allocation. Fraction of a surname's Census API-group
 * bearers (non-Hispanic Asian/Pacific Islander alone) that belong to each modelled community.
 * Needed where one spelling is shared by Korean, Chinese and Vietnamese names, or by a group we
 * do not model (Hmong, Cambodian, Filipino, Burmese): the rest of the bearers belong to no
 * modelled community. Every name that appears in two community lists must be here (the build
 * checks). Range: each value ±0.15, keeping each row's sum ≤ 1.
 */
export const API_SURNAME_ALLOCATION: Readonly<
  Record<string, Partial<Record<'korean' | 'chinese' | 'vietnamese', number>>>
> = {
  KIM: { korean: 0.86, vietnamese: 0.05 }, // also Cambodian Kim and Chinese 金 read as Kim
  LEE: { korean: 0.42, chinese: 0.42 }, // ~0.15 Hmong (Lee/Ly clan) and others
  LIM: { korean: 0.5, chinese: 0.35 }, // Hokkien Lim from SE Asia and the Philippines
  CHANG: { korean: 0.3, chinese: 0.6 }, // Wade-Giles Chang (张) outnumbers Korean 장
  CHUNG: { korean: 0.65 }, // Korean 정; the rest mostly Cantonese 鍾 (not in the Chinese list)
  YU: { korean: 0.35 }, // Korean 유; the rest mostly Chinese 余/于/俞 (not in the Chinese list)
  HWANG: { korean: 0.9, chinese: 0.05 },
  YANG: { korean: 0.12, chinese: 0.45 }, // ~0.4 Hmong Yang clan
  WOO: { korean: 0.45, chinese: 0.5 },
  CHU: { korean: 0.25, chinese: 0.65 }, // rest Vietnamese Chu
  KO: { korean: 0.75, chinese: 0.2 },
  HO: { chinese: 0.5, vietnamese: 0.45 },
  LAM: { chinese: 0.55, vietnamese: 0.4 },
  HA: { korean: 0.45, vietnamese: 0.5 },
  JIN: { korean: 0.4 }, // Chinese 金 Jin is not in the Chinese list but is common
  HER: { korean: 0.05 }, // Her is a large Hmong clan
  CHA: { korean: 0.6 }, // Cha is a Hmong clan
  GO: { korean: 0.2 }, // Go is common among Filipino Chinese
  LA: { korean: 0.1 }, // Lao and Vietnamese La
  BAI: { korean: 0.15 }, // Chinese 白
  GU: { korean: 0.25 }, // Chinese 顾
  GOH: { korean: 0.1 }, // Hokkien 吴
  KOH: { korean: 0.35 }, // Hokkien 許/高
  CHOY: { korean: 0.3 }, // Cantonese 蔡
  SIM: { korean: 0.6 }, // Hokkien 沈
  YIM: { korean: 0.5 }, // Cantonese 嚴
  SONG: { korean: 0.6 }, // Chinese 宋
  SUNG: { korean: 0.55 },
  HONG: { korean: 0.65 }, // Chinese 洪, Vietnamese Hồng
  AN: { korean: 0.65 }, // Chinese and Vietnamese An
  MIN: { korean: 0.7 }, // Chinese 闵, Burmese Min
  JOE: { korean: 0.5 }, // Chinese (Taishanese 周) Joe
  CHIN: { chinese: 0.8 }, // Korean 진 and Burmese Chin
  LO: { chinese: 0.7 }, // Hmong Lo/Lor
  MA: { chinese: 0.85 }, // Vietnamese Mã
  LY: { vietnamese: 0.55 }, // Hmong Ly and Cambodian/Chinese Ly
  TO: { vietnamese: 0.6 }, // Cantonese To
  TU: { vietnamese: 0.5 }, // Chinese 涂/屠
  TONG: { vietnamese: 0.5 }, // Cantonese 唐/湯
  THAI: { vietnamese: 0.85 },
  MAI: { vietnamese: 0.9 },
};

/**
 * ASSUMPTION — SOURCES.md#a-api-default-allocation. Share of API-group bearers that belong to the
 * community for a name listed by one community only and absent from API_SURNAME_ALLOCATION.
 * Range 0.8–1.
 */
export const DEFAULT_API_ALLOCATION = 1;

// ---------------------------------------------------------------------------------------------
// general
// ---------------------------------------------------------------------------------------------

/** ASSUMPTION — SOURCES.md#a-general-middle-name. Range 0.6–0.9. */
export const GENERAL_CONVENTIONS: ConventionAssumptions = { ...NO_CONVENTIONS, middleName: 0.75 };

// ---------------------------------------------------------------------------------------------
// korean
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMPTION — SOURCES.md#a-korean-origin-tail. Ranks 11+ of the Korean origin list continue a
 * Zipf curve fitted to the quoted top 10; the whole list is capped at this total.
 */
export const KOREAN_ORIGIN_MAX_TOTAL = 0.95;

/** ASSUMPTION — SOURCES.md#a-korean-families. Romanisations of one Korean surname each. */
export const KOREAN_CURATED_FAMILIES: readonly (readonly string[])[] = [
  ['KIM', 'GIM'],
  ['LEE', 'YI', 'RHEE', 'RHIE', 'I'],
  ['PARK', 'PAK', 'BAK', 'BAHK'],
  ['CHOI', 'CHOE', 'CHEY'],
  ['JEONG', 'JUNG', 'CHUNG', 'CHEONG'],
  ['KWON', 'GWON'],
  ['JANG', 'CHANG'],
  ['YU', 'YOO', 'YOU'],
];

/**
 * ASSUMPTION — SOURCES.md#a-korean-families. Entries of the Wikipedia compilation's KR name groups
 * that are not Korean romanisations: Chinese readings of the same character (Huang, Liu, Lau,
 * Yau, Shen, Zhu, Chen) or English words and odd transcriptions (Young, Joy, Jean, Jen, Hui,
 * Nan, Zuu, Juu), or Vietnamese (Nham, for 남). A clerk copying a Korean name would not
 * produce them.
 */
export const KOREAN_VARIANT_EXCLUSIONS: readonly string[] = [
  'YOUNG',
  'JOY',
  'HUANG',
  'LIU',
  'LAU',
  'YAU',
  'SHEN',
  'ZHU',
  'ZUU',
  'JUU',
  'JEAN',
  'JEN',
  'CHEN',
  'HUI',
  'NAN',
  'NHAM',
];

/** ASSUMPTION — SOURCES.md#a-korean-given-share. Range 0.3–0.7. */
export const KOREAN_GIVEN_LIST_SHARE = 0.5;

/** ASSUMPTION — SOURCES.md#a-korean-conventions. */
export const KOREAN_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  familyNameFirst: 0.25,
  hyphenatedGiven: 0.4,
  spacedGiven: 0.2,
  middleName: 0.2,
};

// ---------------------------------------------------------------------------------------------
// vietnamese
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMPTION — SOURCES.md#a-vietnamese-combined-rows. Wikipedia gives one percentage for
 * "Huỳnh/Hoàng" and one for "Vũ/Võ" (one character each, read differently in the south and the
 * north); the first spelling gets this fraction of the row. Range 0.3–0.7.
 */
export const VIETNAMESE_COMBINED_ROW_FIRST_SHARE = 0.5;

/**
 * ASSUMPTION — SOURCES.md#a-vietnamese-families. Huỳnh/Hoàng and Vũ/Võ are documented as one
 * name by the source's combined rows; the Nguyen misspellings are an assumption.
 */
export const VIETNAMESE_CURATED_FAMILIES: readonly (readonly string[])[] = [
  ['NGUYEN', 'NGUEN', 'NGYUEN', 'NUYEN'],
  ['HUYNH', 'HOANG'],
  ['VU', 'VO'],
];

/** ASSUMPTION — SOURCES.md#a-vietnamese-conventions. Middle names Thi/Van are common. */
export const VIETNAMESE_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  familyNameFirst: 0.3,
  middleName: 0.6,
};

// ---------------------------------------------------------------------------------------------
// chinese
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMPTION — SOURCES.md#a-chinese-families. Pinyin, Wade–Giles and Cantonese spellings of
 * one character each. Wong is both 王 (Wang) and 黃 (Huang) in Cantonese, so it is in both.
 */
export const CHINESE_CURATED_FAMILIES: readonly (readonly string[])[] = [
  ['ZHANG', 'CHANG', 'CHEUNG'],
  ['CHEN', 'CHAN', 'CHIN'],
  ['LI', 'LEE'],
  ['LIN', 'LIM', 'LAM'],
  ['LIU', 'LAU'],
  ['ZHOU', 'CHOU', 'CHOW'],
  ['WANG', 'WONG'],
  ['HUANG', 'WONG', 'HWANG'],
  ['WU', 'NG', 'WOO'],
  ['ZHAO', 'CHAO', 'CHIU'],
  ['XU', 'HSU', 'TSUI'],
  ['GUO', 'KUO', 'KWOK'],
  ['GAO', 'KAO', 'KO'],
  ['LUO', 'LO', 'LAW'],
];

/** ASSUMPTION — SOURCES.md#a-chinese-given-share. Range 0.1–0.5. */
export const CHINESE_GIVEN_LIST_SHARE = 0.3;

/** ASSUMPTION — SOURCES.md#a-chinese-conventions. */
export const CHINESE_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  familyNameFirst: 0.3,
  hyphenatedGiven: 0.15,
  spacedGiven: 0.15,
  middleName: 0.2,
};

// ---------------------------------------------------------------------------------------------
// mexican_central_american
// ---------------------------------------------------------------------------------------------

/** ASSUMPTION — SOURCES.md#a-mexican-conventions. */
export const MEXICAN_CONVENTIONS: ConventionAssumptions = {
  ...NO_CONVENTIONS,
  hyphenatedGiven: 0.05,
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

// ---------------------------------------------------------------------------------------------
// haitian
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// east_african (Ethiopian, Eritrean, Somali)
// ---------------------------------------------------------------------------------------------

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
