import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// chinese

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
