/**
 * Compound given names (JEAN-CLAUDE, MARIA-JOSE) as the population model builds them
 * (population/model.ts, CommunityGivenNames): a community's first elements, each followed by one
 * of the group's commonest names, weighted by that name's births. Their shares, for NameShares.
 */
import { RACE_GROUPS, type RaceGroup } from '../datasets/communitySchema';
import type { Datasets } from '../datasets/parse';
import { normaliseName } from '../names/NameDictionary';

/** How many common names of the group may follow a compound's first element (model.ts). */
const COMPOUND_SECONDS = 100;

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

/** The k commonest given names of one sex in a group, over all decades (model.ts's rule). */
function commonGivenNames(
  datasets: Datasets,
  sex: number,
  group: RaceGroup,
  k: number,
): [string, number][] {
  const { givenNames, givenNameRace } = datasets;
  const g = RACE_GROUPS.indexOf(group);
  const scored: [string, number][] = [];
  for (let i = 0; i < givenNames.names.length; i++) {
    if (givenNames.sex[i] !== sex) continue;
    let births = 0;
    for (const decade of givenNames.byDecade) births += decade[i]!;
    const share = (givenNameRace.byName.get(givenNames.names[i]!) ?? givenNameRace.other)[g]!;
    scored.push([givenNames.names[i]!, births * share]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}
