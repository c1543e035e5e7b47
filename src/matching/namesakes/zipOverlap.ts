/**
 * The chance that two adults live in the same ZIP code, one drawn from group mix `a`, the other
 * from `b`: Σ_z p_a(z) · p_b(z), with p the share of the mix's adults living in ZIP z (Census
 * 2010 SF1 P11 via datasets/zcta.csv.gz) — how the generator places households (geography.ts).
 * Concentrated communities (Korean Americans in a few ZIPs of Los Angeles, Queens, Bergen
 * County) share ZIPs far more often than the national average.
 */
import { RACE_GROUPS } from '../datasets/communitySchema';
import type { ZctaTable } from '../datasets/parse';

export function zipOverlap(zcta: ZctaTable, a: ArrayLike<number>, b: ArrayLike<number>): number {
  const shares = (mix: ArrayLike<number>) => {
    const z = new Float64Array(zcta.zips.length);
    RACE_GROUPS.forEach((group, g) => {
      const w = mix[g]!;
      if (w === 0) return;
      const column = zcta.byRace[group];
      let total = 0;
      for (const v of column) total += v;
      for (let i = 0; i < z.length; i++) z[i]! += (w * column[i]!) / total;
    });
    return z;
  };
  const pa = shares(a);
  const pb = shares(b);
  let overlap = 0;
  for (let i = 0; i < pa.length; i++) overlap += pa[i]! * pb[i]!;
  return overlap;
}
