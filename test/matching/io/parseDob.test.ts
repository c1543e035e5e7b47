import { describe, expect, it } from 'vitest';
import { DATE_OUT_OF_RANGE, NOT_A_DATE, parseDob } from '../../../src/matching/io/parseDob';
import { dayNumber } from '../../../src/matching/population/calendar';

describe('parseDob', () => {
  it('reads each format, with one-digit months and days where separators allow', () => {
    const day = dayNumber(1990, 3, 7);
    expect(parseDob('1990-03-07', 'YYYY-MM-DD')).toBe(day);
    expect(parseDob('1990-3-7', 'YYYY-MM-DD')).toBe(day);
    expect(parseDob('03/07/1990', 'MM/DD/YYYY')).toBe(day);
    expect(parseDob('3/7/1990', 'MM/DD/YYYY')).toBe(day);
    expect(parseDob('07/03/1990', 'DD/MM/YYYY')).toBe(day);
    expect(parseDob('19900307', 'YYYYMMDD')).toBe(day);
  });

  it('rejects impossible dates and other layouts', () => {
    expect(parseDob('1990-02-29', 'YYYY-MM-DD')).toBe(NOT_A_DATE);
    expect(parseDob('2000-02-29', 'YYYY-MM-DD')).toBe(dayNumber(2000, 2, 29));
    expect(parseDob('31/02/1990', 'MM/DD/YYYY')).toBe(NOT_A_DATE);
    expect(parseDob('13/01/1990', 'MM/DD/YYYY')).toBe(NOT_A_DATE);
    expect(parseDob('1990-03-07', 'MM/DD/YYYY')).toBe(NOT_A_DATE);
    expect(parseDob('1990-03-07T00:00', 'YYYY-MM-DD')).toBe(NOT_A_DATE);
    expect(parseDob('March 7, 1990', 'YYYY-MM-DD')).toBe(NOT_A_DATE);
  });

  it('tells a real date a day number cannot hold from a non-date', () => {
    expect(parseDob('1899-12-31', 'YYYY-MM-DD')).toBe(DATE_OUT_OF_RANGE);
    expect(parseDob('1900-01-01', 'YYYY-MM-DD')).toBe(DATE_OUT_OF_RANGE);
    expect(parseDob('1900-01-02', 'YYYY-MM-DD')).toBe(1);
    expect(parseDob('2079-01-01', 'YYYY-MM-DD')).toBe(DATE_OUT_OF_RANGE);
  });
});
