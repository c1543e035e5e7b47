/**
 * Birth years from the age structure of the reference year; days of the year from the
 * births-by-day weights (CDC/NCHS and SSA via FiveThirtyEight), with 29 February only in leap
 * years. Together these set how often two people share a full birth date (the birthday problem).
 */
import { AliasTable, drawFromCells, type DirectCells } from '../random/alias';
import type { Rng } from '../random/prng';
import type { AgeStructure } from '../datasets/parse';
import { yearStart } from './calendar';

/** Index of 29 February in the 366-day weights. */
const LEAP_DAY = 59;

export class BirthDateModel {
  private readonly commonYear: AliasTable;
  private readonly leapYear: AliasTable;
  private readonly leapDays: DirectCells;
  private readonly commonDays: DirectCells;
  /** Householder birth years (ages minAge … maxAge), by sex. */
  private readonly adultYears: AliasTable[];
  private readonly adultYearBase: number;
  /** Householders by (year offset · 2 + sex): sex equally likely, then the year by sex. */
  private readonly householders: AliasTable;

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
    const adultWeights = [ages.female, ages.male].map((counts) => {
      const weights = new Float64Array(span);
      for (let i = 0; i < ages.years.length; i++) {
        const offset = ages.years[i]! - this.adultYearBase;
        if (offset >= 0 && offset < span) weights[offset] = counts[i]!;
      }
      // Birth years before the table (ages over ~95) get none; that is the table's limit.
      return weights;
    });
    const joint = new Float64Array(2 * span);
    for (let sex = 0; sex < 2; sex++) {
      const weights = adultWeights[sex]!;
      const total = weights.reduce((a, b) => a + b, 0);
      for (let k = 0; k < span; k++) joint[2 * k + sex] = weights[k]! / total / 2;
    }
    this.householders = new AliasTable(joint);
    // Drawn for every person: inline, from the cells (no tail: 366 days fit a head).
    this.leapDays = this.leapYear.directCells()!;
    this.commonDays = this.commonYear.directCells()!;
    this.adultYears = adultWeights.map((weights) => new AliasTable(weights));
  }

  /** A householder's sex (bit 0) and birth year (the rest), in one draw. */
  sampleHouseholder(rng: Rng): number {
    const v = this.householders.sample(rng);
    return ((this.adultYearBase + (v >> 1)) << 1) | (v & 1);
  }

  /** A householder's birth year, by sex. */
  sampleAdultYear(rng: Rng, sex: number): number {
    return this.adultYearBase + this.adultYears[sex]!.sample(rng);
  }

  /**
   * The day number of someone born in `year` whose draw is the uniform 32-bit number `u` (the
   * draw `leapYear` or `commonYear` would make with it): a person's own keyed number, so the day
   * can be drawn when it is first read (shardNames.ts).
   */
  dateIn(year: number, u: number): number {
    const start = yearStart(year);
    // A leap year is 366 days long: no division on the generator's hot path.
    const days = yearStart(year + 1) - start === 366 ? this.leapDays : this.commonDays;
    return start + drawFromCells(days, u);
  }
}
