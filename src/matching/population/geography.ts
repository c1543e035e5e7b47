/**
 * Where households live: a ZIP code tabulation area drawn in proportion to the adults of the
 * household's race/ethnicity group living there (Census 2010 SF1 P11, 18+), so communities
 * cluster where they do in life.
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';
import { RACE_GROUPS } from '../datasets/communitySchema';
import type { ZctaTable } from '../datasets/parse';

export class Geography {
  readonly zips: string[];
  /** ZIP indices by race/ethnicity group index (for batched draws). */
  readonly tables: AliasTable[];

  constructor(zcta: ZctaTable) {
    this.zips = zcta.zips;
    this.tables = RACE_GROUPS.map((group) => new AliasTable(zcta.byRace[group]));
  }

  /** A ZIP index for a household of race/ethnicity group index `group`. */
  sampleZip(rng: Rng, group: number): number {
    return this.tables[group]!.sample(rng);
  }

  /** National share of adults in each group (for the general community's mix). */
  static groupShares(zcta: ZctaTable): Float64Array {
    const totals = RACE_GROUPS.map((g) => zcta.byRace[g].reduce((a, b) => a + b, 0));
    const sum = totals.reduce((a, b) => a + b, 0);
    return Float64Array.from(totals, (t) => t / sum);
  }
}
