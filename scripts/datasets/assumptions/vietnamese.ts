import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// vietnamese

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
