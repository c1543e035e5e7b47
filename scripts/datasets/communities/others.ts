/** General, Mexican and Central American, Haitian and East African profiles. */
import type {
  CommunityProfile,
  RaceGroup,
  WeightedName,
} from '../../../src/matching/datasets/communitySchema.js';
import * as A from '../assumptions/index.js';
import { byCodeUnits } from '../io.js';
import {
  bearers,
  buildFamilies,
  conventions,
  readWikiForenames,
  round6,
  weightedShares,
  zipfShares,
} from './shared.js';
import type { CommunityContext } from './shared.js';

/** Curated surname list, weighted by the Census bearers of `race`, holding `listShare`. */
function curatedResident(
  ctx: CommunityContext,
  names: readonly string[],
  race: RaceGroup,
  listShare: number,
): WeightedName[] {
  const found = names.filter((n) => ctx.surnames.has(n));
  const missing = names.filter((n) => !ctx.surnames.has(n));
  if (missing.length > 0)
    console.warn(`not in the Census surname file, dropped: ${missing.join(', ')}`);
  return weightedShares(
    found,
    found.map((n) => bearers(ctx, n, race)),
    listShare,
  ).sort((a, b) => b.share - a.share || byCodeUnits(a.name, b.name));
}

export function generalProfile(): CommunityProfile {
  return {
    id: 'general',
    label: 'General population',
    race: null,
    surnames: { origin: null, usResident: null },
    givenNames: null,
    conventions: conventions(A.GENERAL_CONVENTIONS),
    romanisationFamilies: [],
  };
}

export function mexicanProfile(ctx: CommunityContext): CommunityProfile {
  return {
    id: 'mexican_central_american',
    label: 'Mexican and Central American',
    race: 'hispanic',
    surnames: {
      origin: null,
      usResident: {
        source: 'Census 2010 surname file, Hispanic-group distribution',
        names: [],
        remainderRace: 'hispanic',
      },
    },
    givenNames: {
      source:
        'Tzioumis (2018) Hispanic-group first names via the US given-name model (adult names; preferred to Wikipedia newborn lists)',
      male: [],
      female: [],
      remainderRace: 'hispanic',
    },
    conventions: conventions(A.MEXICAN_CONVENTIONS),
    romanisationFamilies: buildFamilies(A.MEXICAN_SPELLING_FAMILIES, [], (n) =>
      bearers(ctx, n, 'hispanic'),
    ),
  };
}

export function haitianProfile(ctx: CommunityContext): CommunityProfile {
  const given = (sex: 'M' | 'F'): WeightedName[] =>
    zipfShares(readWikiForenames('HT', sex, true), A.HAITIAN_GIVEN_LIST_SHARE);
  return {
    id: 'haitian',
    label: 'Haitian',
    race: 'black',
    surnames: {
      origin: null,
      usResident: {
        source:
          'Curated list of Haitian surnames (assumption, SOURCES.md#a-haitian-surnames) weighted by Census 2010 Black-group bearers, holding an assumed share of the community (SOURCES.md#a-haitian-surname-share)',
        names: curatedResident(ctx, A.HAITIAN_SURNAMES, 'black', A.HAITIAN_SURNAME_LIST_SHARE),
        remainderRace: 'black',
      },
    },
    givenNames: {
      source:
        'Wikipedia "List of most popular given names", Haiti (privately compiled list, wikipedia_common_forenames_by_country.csv); Zipf weights by rank and list share are assumptions (SOURCES.md#a-haitian-given-share)',
      male: given('M'),
      female: given('F'),
      remainderRace: 'black',
    },
    conventions: conventions(A.HAITIAN_CONVENTIONS),
    romanisationFamilies: [],
  };
}

export function eastAfricanProfile(ctx: CommunityContext): CommunityProfile {
  const surnames = curatedResident(
    ctx,
    A.EAST_AFRICAN_SURNAMES,
    'black',
    A.EAST_AFRICAN_SURNAME_LIST_SHARE,
  );
  const scale = A.EAST_AFRICAN_MALE_GIVEN_SHARE / A.EAST_AFRICAN_SURNAME_LIST_SHARE;
  const female = A.EAST_AFRICAN_FEMALE_GIVEN_NAMES;
  return {
    id: 'east_african',
    label: 'East African (Ethiopian, Eritrean, Somali)',
    race: 'black',
    surnames: {
      origin: null,
      usResident: {
        source:
          'Curated list of Somali, Ethiopian and Eritrean names (assumption, SOURCES.md#a-east-african-surnames) weighted by Census 2010 Black-group bearers, holding an assumed share of the community (SOURCES.md#a-east-african-surname-share)',
        names: surnames,
        remainderRace: 'black',
      },
    },
    givenNames: {
      source:
        'Patronymic naming: male given names are the surname list with the same relative weights; female names a curated equal-weight list (assumptions, SOURCES.md#a-east-african-given-share)',
      male: surnames.map((s) => ({ name: s.name, share: round6(s.share * scale) })),
      female: weightedShares(
        female,
        female.map(() => 1),
        A.EAST_AFRICAN_FEMALE_GIVEN_SHARE,
      ),
      remainderRace: 'black',
    },
    conventions: conventions(A.EAST_AFRICAN_CONVENTIONS),
    romanisationFamilies: buildFamilies(A.EAST_AFRICAN_SPELLING_FAMILIES, [], (n) =>
      bearers(ctx, n, 'black'),
    ),
  };
}
