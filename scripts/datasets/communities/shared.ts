/**
 * What the community profile builders share: name cleaning, the Wikipedia compilations, share
 * arithmetic and spelling families. Numbers that are not in the data come from ../assumptions/.
 */
import type {
  CommunityProfile,
  RaceGroup,
  WeightedName,
} from '../../../src/matching/datasets/communitySchema.js';
import * as A from '../assumptions/index.js';
import type { ConventionAssumptions } from '../assumptions/index.js';
import { cols, readTable } from '../io.js';
import type { SurnameRow } from '../surnames.js';

/** Upper-case ASCII: diacritics stripped (Nguyễn → NGUYEN, Đặng → DANG), punctuation dropped. */
function asciiName(raw: string, keepHyphen = false): string {
  const plain = raw.replace(/[Đđ]/g, 'D').normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return plain.replace(keepHyphen ? /[^A-Z-]/g : /[^A-Z]/g, '');
}

export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
export const shareTotal = (xs: readonly WeightedName[]): number => sum(xs.map((x) => x.share));

/** One name group of the Wikipedia surname compilation: spellings of one name. */
export interface WikiSurnameGroup {
  country: string;
  rank: number;
  names: string[];
  count: number;
  percent: number;
}

export function readWikiSurnameGroups(): WikiSurnameGroup[] {
  const t = readTable('wikipedia_common_surnames_by_country.csv');
  const [iC, iRank, iGroup, iName, iCount, iPct] = cols(
    t,
    'Country',
    'Rank',
    'Name Group',
    'Romanized Name',
    'Count',
    'Percent',
  );
  const groups = new Map<string, WikiSurnameGroup>();
  for (const r of t.rows) {
    const group = groups.get(r[iGroup]) ?? {
      country: r[iC],
      rank: Number(r[iRank]),
      names: [],
      count: Number(r[iCount]),
      percent: Number(r[iPct]),
    };
    // "Huỳnh/Hoàng" and "Vũ/Võ" are two spellings in one cell.
    const spellings = r[iName]
      .split('/')
      .map((n) => asciiName(n))
      .filter((n) => n !== '');
    group.names = unique([...group.names, ...spellings]);
    groups.set(r[iGroup], group);
  }
  return [...groups.values()];
}

/** A country's most popular given names of one sex, in rank order, as upper-case ASCII. */
export function readWikiForenames(country: string, sex: 'M' | 'F', keepHyphen: boolean): string[] {
  const t = readTable('wikipedia_common_forenames_by_country.csv');
  const [iC, iSex, iIndex, iName] = cols(t, 'Country', 'Gender', 'Index', 'Romanized Name');
  return t.rows
    .filter((r) => r[iC] === country && r[iSex] === sex)
    .sort((a, b) => Number(a[iIndex]) - Number(b[iIndex]))
    .map((r) => asciiName(r[iName], keepHyphen));
}

/** Shares proportional to weights, scaled to `total`; repeated names are merged. */
export function weightedShares(
  names: readonly string[],
  weights: readonly number[],
  total: number,
): WeightedName[] {
  const merged = new Map<string, number>();
  names.forEach((n, i) => merged.set(n, (merged.get(n) ?? 0) + (weights[i] ?? 0)));
  const all = sum([...merged.values()]);
  return [...merged].map(([name, w]) => ({ name, share: round6((total * w) / all) }));
}

/** Ranked names with weight rank^-exponent (SOURCES.md#a-given-zipf-exponent). */
export function zipfShares(names: readonly string[], total: number): WeightedName[] {
  return weightedShares(
    names,
    names.map((_, i) => (i + 1) ** -A.GIVEN_NAME_ZIPF_EXPONENT),
    total,
  );
}

/** Least-squares fit of log share = log c − s·log rank. */
export function fitZipf(shares: readonly number[]): { c: number; s: number } {
  const xs = shares.map((_, i) => Math.log(i + 1));
  const ys = shares.map((p) => Math.log(p));
  const [mx, my] = [sum(xs) / xs.length, sum(ys) / ys.length];
  const s =
    -sum(xs.map((x, i) => (x - mx) * ((ys[i] ?? 0) - my))) / sum(xs.map((x) => (x - mx) ** 2));
  return { c: Math.exp(my + s * mx), s };
}

/**
 * Spelling families: the curated ones, then each source group in rank order. A group whose first
 * spelling is already in a family adds its other spellings there; otherwise its spellings that no
 * family holds yet form a new family. Within a family the most common spelling (by `weight`)
 * comes first.
 */
export function buildFamilies(
  curated: readonly (readonly string[])[],
  groups: readonly string[][],
  weight: (name: string) => number,
  excluded: readonly string[] = [],
): string[][] {
  const families = curated.map((f) => [...f]);
  for (const g of groups) {
    const names = g.filter((n) => !excluded.includes(n));
    const home =
      names[0] === undefined ? undefined : families.find((f) => f.includes(names[0] ?? ''));
    if (home) home.push(...names.filter((n) => !home.includes(n)));
    else families.push(names.filter((n) => !families.some((f) => f.includes(n))));
  }
  return families
    .map((f) => unique(f).sort((a, b) => weight(b) - weight(a)))
    .filter((f) => f.length >= 2);
}

/** What the profile builders share: the Census surnames and the Wikipedia groups. */
export interface CommunityContext {
  surnames: Map<string, SurnameRow>;
  wiki: WikiSurnameGroup[];
}

export const bearers = (ctx: CommunityContext, name: string, race: RaceGroup): number =>
  ctx.surnames.get(name)?.bearers[race] ?? 0;

export function conventions(c: ConventionAssumptions): CommunityProfile['conventions'] {
  return {
    ...c,
    compoundGiven: {
      ...c.compoundGiven,
      male: [...c.compoundGiven.male],
      female: [...c.compoundGiven.female],
    },
  };
}
