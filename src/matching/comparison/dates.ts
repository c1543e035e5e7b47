/**
 * Date-of-birth agreement levels. An assigned 1 January (refugee documents, unknown birth
 * dates) is not evidence of a birthday: when the dates differ and either is 1 January, the pair
 * is "missing or placeholder", as when a date is absent.
 */
import { civilDate } from '../population/calendar';

export const DOB_LEVELS = [
  'exact',
  'dayMonthTransposed',
  'sameYear',
  'withinOneYear',
  'other',
  'missingOrPlaceholder',
] as const;
export const DobLevel = {
  exact: 0,
  dayMonthTransposed: 1,
  sameYear: 2,
  withinOneYear: 3,
  other: 4,
  missingOrPlaceholder: 5,
} as const;

export function dobLevel(a: number, b: number): number {
  if (a === 0 || b === 0) return DobLevel.missingOrPlaceholder;
  if (a === b) return DobLevel.exact;
  const da = civilDate(a);
  const db = civilDate(b);
  if ((da.month === 1 && da.day === 1) || (db.month === 1 && db.day === 1)) {
    return DobLevel.missingOrPlaceholder;
  }
  if (da.year === db.year && da.month === db.day && da.day === db.month) {
    return DobLevel.dayMonthTransposed;
  }
  if (da.year === db.year) return DobLevel.sameYear;
  if (Math.abs(a - b) <= 366) return DobLevel.withinOneYear;
  return DobLevel.other;
}
