/** Dates of birth and ages: birth-day weights and the age structure of people alive in 2025. */
import { cols, readTable, toCsv, writeOutput } from './io.js';

/** Births per (year, month, day) from a FiveThirtyEight births file, for the given years. */
function readBirths(file: string, from: number, to: number): Map<number, Map<string, number>> {
  const t = readTable(file);
  const [iY, iM, iD, iB] = cols(t, 'year', 'month', 'date_of_month', 'births');
  const years = new Map<number, Map<string, number>>();
  for (const r of t.rows) {
    const year = Number(r[iY]);
    if (year < from || year > to) continue;
    const days = years.get(year) ?? new Map<string, number>();
    days.set(`${Number(r[iM])}-${Number(r[iD])}`, Number(r[iB]));
    years.set(year, days);
  }
  return years;
}

/** CDC/NCHS 1994–1999 and SSA 2000–2014, no year twice (SOURCES.md#a-birth-day-years). */
export function buildBirthDays(): number {
  const years = new Map([
    ...readBirths('US_births_1994-2003_CDC_NCHS.csv', 1994, 1999),
    ...readBirths('US_births_2000-2014_SSA.csv', 2000, 2014),
  ]);
  const ratios = new Map<string, number[]>();
  for (const [year, days] of years) {
    if (days.size !== (year % 4 === 0 ? 366 : 365)) throw new Error(`${year}: ${days.size} days`);
    const mean = [...days.values()].reduce((a, b) => a + b, 0) / days.size;
    for (const [day, births] of days) ratios.set(day, [...(ratios.get(day) ?? []), births / mean]);
  }
  const rows: (string | number)[][] = [];
  let sum = 0;
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= new Date(Date.UTC(2000, m, 0)).getUTCDate(); d++) {
      const r = ratios.get(`${m}-${d}`) ?? [];
      const weight = r.reduce((a, b) => a + b, 0) / r.length;
      sum += Number(weight.toFixed(5));
      rows.push([m, d, weight.toFixed(5)]);
    }
  }
  writeOutput('birth-days.csv', toCsv(['month', 'day', 'weight'], rows));
  return sum;
}

const AGE_REFERENCE_YEAR = 2025;
/** Births after this year repeat its count (SOURCES.md#a-age-births-after-2010). */
const LAST_SSA_YEAR = 2010;

/**
 * Survival to the reference year as a function of age only (linear between table ages), per sex
 * (SOURCES.md#a-age-survival-by-age).
 */
function readSurvival(): { ages: number[]; male: number[]; female: number[] } {
  const t = readTable('ssa_survival_by_birth_decade_2013.csv');
  // The header repeats Male/Female: columns 4 and 5 are the fractions (2 and 3 are per 100,000).
  const rows = t.rows.map((r) => r.map(Number)).filter((r) => (r[1] ?? Infinity) <= 103);
  rows.sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
  return {
    ages: rows.map((r) => r[1] ?? 0),
    male: rows.map((r) => r[4] ?? 0),
    female: rows.map((r) => r[5] ?? 0),
  };
}

function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= (xs[0] ?? 0)) return ys[0] ?? 0;
  for (let i = 1; i < xs.length; i++) {
    const [x0, x1, y0, y1] = [xs[i - 1] ?? 0, xs[i] ?? 0, ys[i - 1] ?? 0, ys[i] ?? 0];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return 0;
}

export function buildAgeStructure(): number {
  const births = new Map<number, { M: number; F: number }>();
  const t = readTable('ssa_national_births_by_name_1930_2010.csv.gz');
  const [iY, iS, iC] = cols(t, 'year', 'sex', 'count');
  for (const r of t.rows) {
    const year = Number(r[iY]);
    const entry = births.get(year) ?? { M: 0, F: 0 };
    entry[r[iS] === 'M' ? 'M' : 'F'] += Number(r[iC]);
    births.set(year, entry);
  }
  const survival = readSurvival();
  const rows: number[][] = [];
  for (let year = 1930; year <= AGE_REFERENCE_YEAR; year++) {
    const b = births.get(Math.min(year, LAST_SSA_YEAR));
    if (!b) throw new Error(`no births for ${year}`);
    const age = AGE_REFERENCE_YEAR - year;
    rows.push([
      year,
      Math.round(b.M * interpolate(survival.ages, survival.male, age)),
      Math.round(b.F * interpolate(survival.ages, survival.female, age)),
    ]);
  }
  writeOutput('age-structure.csv', toCsv(['year', 'male', 'female'], rows));
  return rows.reduce((sum, r) => sum + (r[1] ?? 0) + (r[2] ?? 0), 0);
}
