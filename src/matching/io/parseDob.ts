/**
 * Dates of birth as a file writes them, in one of the mapping's formats, to day numbers
 * (population/calendar.ts). Months and days may have one digit (3/7/1990), as spreadsheets
 * write them; anything else, an impossible date (31/02) or one outside what a day number can
 * hold, is not read.
 */
import { dayNumber, isLeapYear, NO_DATE } from '../population/calendar';
import type { DobFormat } from './columnMapping';

/** Returned for text that is not a date in the format. */
export const NOT_A_DATE = -1;
/** Returned for a real date that a day number cannot hold (before 2 Jan 1900, after 2078). */
export const DATE_OUT_OF_RANGE = -2;

const PATTERNS: Record<DobFormat, { pattern: RegExp; year: number; month: number; day: number }> = {
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, year: 1, month: 2, day: 3 },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, year: 3, month: 1, day: 2 },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, year: 3, month: 2, day: 1 },
  YYYYMMDD: { pattern: /^(\d{4})(\d{2})(\d{2})$/, year: 1, month: 2, day: 3 },
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day number of `text` (already trimmed, not empty), or NOT_A_DATE / DATE_OUT_OF_RANGE. */
export function parseDob(text: string, format: DobFormat): number {
  const { pattern, year: y, month: m, day: d } = PATTERNS[format];
  const match = pattern.exec(text);
  if (!match) return NOT_A_DATE;
  const year = Number(match[y]);
  const month = Number(match[m]);
  const day = Number(match[d]);
  if (month < 1 || month > 12 || day < 1) return NOT_A_DATE;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > days) return NOT_A_DATE;
  if (year < 1900 || year > 2078) return DATE_OUT_OF_RANGE;
  const number = dayNumber(year, month, day);
  return number === NO_DATE ? DATE_OUT_OF_RANGE : number;
}
