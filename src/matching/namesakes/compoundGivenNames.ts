/**
 * Compound given names (JEAN-CLAUDE, MARIA-JOSE) as the population model builds them
 * (population/model.ts, CommunityGivenNames): a community's first elements, each followed by one
 * of the group's commonest names, weighted by that name's births. Their shares, for NameShares.
 */
import type { RaceGroup } from '../datasets/communitySchema';
import type { Datasets } from '../datasets/parse';
import { normaliseName } from '../names/NameDictionary';
import { COMPOUND_SECONDS, commonGivenNames } from '../population/model';

/** P(a compound given name is each name) for one sex, from its first elements. */
export function compoundGivenShares(
  datasets: Datasets,
  firsts: readonly string[],
  sex: number,
  group: RaceGroup,
): Map<string, number> {
  const table = new Map<string, number>();
  const seconds = commonGivenNames(datasets, sex, group, COMPOUND_SECONDS);
  let total = 0;
  for (const first of firsts)
    for (const [second, w] of seconds) {
      if (second === first) continue;
      const n = normaliseName(`${first}-${second}`);
      table.set(n, (table.get(n) ?? 0) + w);
      total += w;
    }
  for (const [n, w] of table) table.set(n, w / total);
  return table;
}
