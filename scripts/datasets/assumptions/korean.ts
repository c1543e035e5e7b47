import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// korean

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
