import { describe, expect, it } from 'vitest';
import {
  civilDate,
  dayNumber,
  formatDate,
  isLeapYear,
  yearOf,
  yearStart,
} from '../../../src/matching/population/calendar';

describe('calendar', () => {
  it('round-trips every day from 1900 to 2078', () => {
    let expected = 0;
    for (let year = 1900; year <= 2078; year++) {
      expect(yearStart(year)).toBe(expected);
      for (let month = 1; month <= 12; month++) {
        const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
          month - 1
        ]!;
        for (let day = 1; day <= days; day++) {
          const n = dayNumber(year, month, day);
          expect(n).toBe(expected);
          expect(civilDate(n)).toEqual({ year, month, day });
          expect(yearOf(n)).toBe(year);
          expected++;
        }
      }
    }
    expect(expected).toBeLessThan(65536);
  });

  it('knows leap years and formats ISO dates', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(formatDate(dayNumber(1990, 2, 3))).toBe('1990-02-03');
    expect(formatDate(0)).toBe('');
  });
});
