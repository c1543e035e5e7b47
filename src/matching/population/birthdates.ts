/**
 * Birth years from the age structure of the reference year; days of the year from the
 * births-by-day weights (CDC/NCHS and SSA via FiveThirtyEight), with 29 February only in leap
 * years. Together these set how often two people share a full birth date (the birthday problem).
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';
import type { AgeStructure } from '../datasets/parse';
import { isLeapYear, yearStart } from './calendar';

/** Index of 29 February in the 366-day weights. */
const LEAP_DAY = 59;

export class BirthDateModel {
  private readonly commonYear: AliasTable;
  private readonly leapYear: AliasTable;
  /** Householder birth years (ages minAge … maxAge), by sex. */
  private readonly adultYears: AliasTable[];
  private readonly adultYearBase: number;

  constructor(
    dayWeights: Float64Array,
    ages: AgeStructure,
    readonly referenceYear: number,
    minAdultAge = 20,
    maxAdultAge = 95,
  ) {
    this.leapYear = new AliasTable(dayWeights);
    this.commonYear = new AliasTable(Array.from(dayWeights).filter((_, i) => i !== LEAP_DAY));
    this.adultYearBase = referenceYear - maxAdultAge;
    const span = maxAdultAge - minAdultAge + 1;
    this.adultYears = [ages.female, ages.male].map((counts) => {
      const weights = new Float64Array(span);
      for (let i = 0; i < ages.years.length; i++) {
        const offset = ages.years[i]! - this.adultYearBase;
        if (offset >= 0 && offset < span) weights[offset] = counts[i]!;
      }
      // Birth years before the table (ages over ~95) get none; that is the table's limit.
      return new AliasTable(weights);
    });
  }

  /** A householder's birth year, by sex. */
  sampleAdultYear(rng: Rng, sex: number): number {
    return this.adultYearBase + this.adultYears[sex]!.sample(rng);
  }

  /** A day number for someone born in `year`. */
  sampleDate(rng: Rng, year: number): number {
    const doy = isLeapYear(year) ? this.leapYear.sample(rng) : this.commonYear.sample(rng);
    return yearStart(year) + doy;
  }
}
