/**
 * Dates of birth are stored as day numbers: days since 1 January 1900, in a Uint16 (to the end of 2078).
 * Day 0 is reserved to mean "no date".
 */
export const NO_DATE = 0;
const EPOCH_YEAR = 1900;
const LAST_YEAR = 2078;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day number of 1 January of each year 1900 … 2078. */
const YEAR_START = (() => {
  const starts = new Int32Array(LAST_YEAR - EPOCH_YEAR + 2);
  let day = 0;
  for (let y = EPOCH_YEAR; y <= LAST_YEAR + 1; y++) {
    starts[y - EPOCH_YEAR] = day;
    day += isLeapYear(y) ? 366 : 365;
  }
  return starts;
})();

/** The day number of year-month-day (month 1–12). Day 0 (1900-01-01) is never a birth date. */
export function dayNumber(year: number, month: number, day: number): number {
  if (year < EPOCH_YEAR || year > LAST_YEAR) throw new RangeError(`year ${year} outside 1900–2078`);
  const leap = month > 2 && isLeapYear(year) ? 1 : 0;
  return YEAR_START[year - EPOCH_YEAR]! + CUMULATIVE_DAYS[month - 1]! + leap + day - 1;
}

/** Day number of 1 January of `year`. */
export function yearStart(year: number): number {
  return YEAR_START[year - EPOCH_YEAR]!;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilDate(dayNum: number): CivilDate {
  let lo = 0;
  let hi = YEAR_START.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (YEAR_START[mid]! <= dayNum) lo = mid;
    else hi = mid - 1;
  }
  const year = EPOCH_YEAR + lo;
  let doy = dayNum - YEAR_START[lo]!;
  const leap = isLeapYear(year);
  let month = 1;
  for (let m = 11; m >= 0; m--) {
    const start = CUMULATIVE_DAYS[m]! + (leap && m >= 2 ? 1 : 0);
    if (doy >= start) {
      month = m + 1;
      doy -= start;
      break;
    }
  }
  return { year, month, day: doy + 1 };
}

/** Year of every day number (a 128 KiB table: year look-ups sit on hot paths). */
const YEAR_OF_DAY = (() => {
  const years = new Uint16Array(YEAR_START[YEAR_START.length - 1]!);
  for (let y = 0; y < YEAR_START.length - 1; y++)
    years.fill(EPOCH_YEAR + y, YEAR_START[y]!, YEAR_START[y + 1]!);
  return years;
})();

export function yearOf(dayNum: number): number {
  return YEAR_OF_DAY[dayNum]!;
}

/** ISO form, YYYY-MM-DD; empty for NO_DATE. */
export function formatDate(dayNum: number): string {
  if (dayNum === NO_DATE) return '';
  const { year, month, day } = civilDate(dayNum);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
