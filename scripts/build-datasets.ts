/**
 * Builds the compact derived tables in `datasets/` from the raw public files in
 * `../shared/data/` (override with env NAMESAKE_RAW_DATA). Run with `npm run datasets`.
 * Sources, transformations and assumptions: `datasets/SOURCES.md`. Raw files are never copied.
 * The output is byte-for-byte deterministic (gzip headers carry no timestamp).
 *
 * Outputs:
 *   surnames.csv.gz         Census 2010 surnames with estimated bearers per race group
 *   surnames-residual.json  the ALL OTHER NAMES row and the size of the rare-surname tail
 *   given-names.csv.gz      SSA given names by sex, counts per decade 1930–2010
 *   given-names-race.csv    Tzioumis (2018) first names by race/ethnicity
 *   birth-days.csv          relative birth frequency of each calendar day
 *   age-structure.csv       people alive in 2025 by birth year and sex
 *   zcta.csv.gz             adults (18+) by ZCTA and race/ethnicity, Census 2010
 *   communities.json        naming profiles of seven communities (CommunitiesFileSchema)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { CommunitiesFileSchema, RACE_GROUPS } from '../src/matching/datasets/communitySchema.js';
import type {
  CommunityProfile,
  RaceGroup,
  SurnameDistribution,
  WeightedName,
} from '../src/matching/datasets/communitySchema.js';
import * as A from './community-assumptions.js';
import type { ConventionAssumptions } from './community-assumptions.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = process.env.NAMESAKE_RAW_DATA ?? path.resolve(repoRoot, '../shared/data');
const outDir = path.join(repoRoot, 'datasets');

// ---------------------------------------------------------------------------------------------
// Reading raw tables and writing outputs
// ---------------------------------------------------------------------------------------------

/** A parsed CSV: header names and rows of string cells. */
interface Table {
  header: string[];
  rows: string[][];
}

/** Reads a raw CSV (optionally gzipped; a leading BOM is dropped). */
function readTable(file: string): Table {
  const bytes = readFileSync(path.join(rawDir, file));
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error(`${file}: empty`);
  return { header, rows };
}

/** Index of a column by name (the first one when the header repeats a name). */
function col(table: Table, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new Error(`missing column ${name}`);
  return i;
}

/** Indexes of several columns by name. */
function cols(table: Table, ...names: string[]): number[] {
  return names.map((n) => col(table, n));
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** gzip with no timestamp and an "unknown" OS byte, so the bytes do not depend on the machine. */
function deterministicGzip(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  if (gz.readUInt32LE(4) !== 0) throw new Error('gzip header carries a timestamp');
  gz[9] = 0xff;
  return gz;
}

const written: { file: string; bytes: number; rows: number; sha256: string }[] = [];

function writeOutput(file: string, text: string): void {
  const bytes = file.endsWith('.gz') ? deterministicGzip(text) : Buffer.from(text, 'utf8');
  writeFileSync(path.join(outDir, file), bytes);
  const rows = file.endsWith('.json') ? 0 : text.split('\n').length - 2;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  written.push({ file, bytes: bytes.length, rows, sha256 });
}

function writeJson(file: string, value: unknown): void {
  writeOutput(file, JSON.stringify(value, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Census 2010 surnames (also the basis of the community profiles)
// ---------------------------------------------------------------------------------------------

/** A Census surname with its count and estimated bearers per race group (integers). */
interface SurnameRow {
  name: string;
  count: number;
  bearers: Record<RaceGroup, number>;
}

const CENSUS_PCT_COLUMN: Record<RaceGroup, string> = {
  white: 'pctwhite',
  black: 'pctblack',
  api: 'pctapi',
  aian: 'pctaian',
  multi: 'pct2prace',
  hispanic: 'pcthispanic',
};
const RESIDUAL_NAME = 'ALL OTHER NAMES';

/**
 * Percent per group; `(S)` cells share 100 − Σ shown cells equally, as wru fills them
 * (SOURCES.md#a-surname-suppressed-cells).
 */
function fillSuppressed(cells: readonly string[]): number[] {
  const suppressed = cells.filter((c) => c === '(S)').length;
  const shown = cells.reduce((sum, c) => (c === '(S)' ? sum : sum + Number(c)), 0);
  const fill = suppressed > 0 ? Math.max(0, 100 - shown) / suppressed : 0;
  return cells.map((c) => (c === '(S)' ? fill : Number(c)));
}

function readCensusSurnames(): {
  names: SurnameRow[];
  residual: SurnameRow;
  residualPct: number[];
} {
  const t = readTable('census2010_surnames.csv');
  const [iName, iCount] = [col(t, 'name'), col(t, 'count')];
  const iPct = RACE_GROUPS.map((g) => col(t, CENSUS_PCT_COLUMN[g]));
  const names: SurnameRow[] = [];
  let residual: SurnameRow | undefined;
  let residualPct: number[] = [];
  for (const r of t.rows) {
    const count = Number(r[iCount]);
    const pct = fillSuppressed(iPct.map((i) => r[i] ?? ''));
    const bearers = Object.fromEntries(
      RACE_GROUPS.map((g, k) => [g, Math.round((count * (pct[k] ?? 0)) / 100)]),
    ) as Record<RaceGroup, number>;
    const row = { name: r[iName] ?? '', count, bearers };
    if (!Number.isInteger(count) || !/^[A-Z]+$/.test(row.name.replace(/ /g, ''))) {
      throw new Error(`bad surname row ${r.join(',')}`);
    }
    if (row.name === RESIDUAL_NAME) [residual, residualPct] = [row, pct];
    else names.push(row);
  }
  if (!residual) throw new Error('no ALL OTHER NAMES row');
  return { names, residual, residualPct };
}

function buildSurnames(names: readonly SurnameRow[]): void {
  const rows = names.map((s) => [s.name, s.count, ...RACE_GROUPS.map((g) => s.bearers[g])]);
  writeOutput('surnames.csv.gz', toCsv(['name', 'count', ...RACE_GROUPS], rows));
}

function buildSurnamesResidual(
  names: readonly SurnameRow[],
  residual: SurnameRow,
  pct: number[],
): void {
  const totalPopulation = names.reduce((sum, s) => sum + s.count, residual.count);
  if (totalPopulation !== 294_979_229) throw new Error(`surname total ${totalPopulation}`);
  const residualShares = Object.fromEntries(
    RACE_GROUPS.map((g, k) => [g, Math.round((pct[k] ?? 0) * 100) / 10_000]),
  );
  writeJson('surnames-residual.json', {
    totalPopulation,
    residualCount: residual.count,
    residualShares,
    distinctSurnamesTotal: A.DISTINCT_SURNAMES_2010,
    distinctSurnamesSource: A.DISTINCT_SURNAMES_SOURCE,
    listedNames: names.length,
  });
}

// ---------------------------------------------------------------------------------------------
// Given names
// ---------------------------------------------------------------------------------------------

const DECADES = [1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010] as const;

function buildGivenNames(): void {
  const t = readTable('ssa_national_names_by_decade_1930_2010.csv');
  const [iName, iSex, iDecade, iCount] = cols(t, 'name', 'sex', 'decade', 'count');
  const byKey = new Map<string, { name: string; sex: string; counts: number[]; total: number }>();
  for (const r of t.rows) {
    const [name, sex] = [r[iName], r[iSex]];
    const d = DECADES.indexOf(Number(r[iDecade]) as (typeof DECADES)[number]);
    if (d < 0 || (sex !== 'F' && sex !== 'M')) throw new Error(`bad row ${r.join(',')}`);
    const key = `${sex}:${name}`;
    const entry = byKey.get(key) ?? { name, sex, counts: DECADES.map(() => 0), total: 0 };
    const count = Number(r[iCount]);
    entry.counts[d] = (entry.counts[d] ?? 0) + count;
    entry.total += count;
    byKey.set(key, entry);
  }
  const sorted = [...byKey.values()].sort(
    (a, b) => byCodeUnits(a.sex, b.sex) || b.total - a.total || byCodeUnits(a.name, b.name),
  );
  const header = ['name', 'sex', ...DECADES.map((d) => `d${d}`)];
  writeOutput(
    'given-names.csv.gz',
    toCsv(
      header,
      sorted.map((e) => [e.name, e.sex, ...e.counts]),
    ),
  );
}

function buildGivenNamesRace(): void {
  const t = readTable('tzioumis2018_firstnames_by_race.csv');
  const source = [
    'firstname',
    'obs',
    'pcthispanic',
    'pctwhite',
    'pctblack',
    'pctapi',
    'pctaian',
    'pct2prace',
  ];
  const idx = source.map((c) => col(t, c));
  const rows = t.rows.map((r) => idx.map((i) => r[i] ?? ''));
  if (rows.at(-1)?.[0] !== 'ALL OTHER FIRST NAMES')
    throw new Error('ALL OTHER FIRST NAMES not last');
  const header = ['name', 'obs', 'hispanic', 'white', 'black', 'api', 'aian', 'multi'];
  writeOutput('given-names-race.csv', toCsv(header, rows));
}

// ---------------------------------------------------------------------------------------------
// Dates of birth and ages
// ---------------------------------------------------------------------------------------------

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
function buildBirthDays(): number {
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

function buildAgeStructure(): number {
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

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

function buildZcta(): void {
  const t = readTable('census2010_zcta_adult_pop_by_race.csv');
  const get = (r: string[], c: string): number => Number(r[col(t, c)]);
  const rows = t.rows
    .filter((r) => get(r, 'Total_Pop') > 0)
    .map((r) => {
      const zip = r[col(t, 'ZCTA5')] ?? '';
      if (!/^\d{5}$/.test(zip)) throw new Error(`bad ZCTA ${zip}`);
      return [
        zip,
        get(r, 'Total_Pop'),
        get(r, 'Hispanic_Total'),
        get(r, 'NH_White_alone'),
        get(r, 'NH_Black_alone'),
        get(r, 'NH_API_alone'),
        get(r, 'NH_AIAN_alone'),
        get(r, 'NH_Other_alone') + get(r, 'NH_Mult_Total'),
      ];
    });
  const header = ['zip', 'total', 'hispanic', 'white', 'black', 'api', 'aian', 'other'];
  writeOutput('zcta.csv.gz', toCsv(header, rows));
}

// ---------------------------------------------------------------------------------------------
// Communities (numbers that are not in the data come from ./community-assumptions.ts)
// ---------------------------------------------------------------------------------------------

type ApiCommunity = 'korean' | 'chinese' | 'vietnamese';

/** Upper-case ASCII: diacritics stripped (Nguyễn → NGUYEN, Đặng → DANG), punctuation dropped. */
function asciiName(raw: string, keepHyphen = false): string {
  const plain = raw.replace(/[Đđ]/g, 'D').normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return plain.replace(keepHyphen ? /[^A-Z-]/g : /[^A-Z]/g, '');
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const shareTotal = (xs: readonly WeightedName[]): number => sum(xs.map((x) => x.share));

/** One name group of the Wikipedia surname compilation: spellings of one name. */
interface WikiSurnameGroup {
  country: string;
  rank: number;
  names: string[];
  count: number;
  percent: number;
}

function readWikiSurnameGroups(): WikiSurnameGroup[] {
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
function readWikiForenames(country: string, sex: 'M' | 'F', keepHyphen: boolean): string[] {
  const t = readTable('wikipedia_common_forenames_by_country.csv');
  const [iC, iSex, iIndex, iName] = cols(t, 'Country', 'Gender', 'Index', 'Romanized Name');
  return t.rows
    .filter((r) => r[iC] === country && r[iSex] === sex)
    .sort((a, b) => Number(a[iIndex]) - Number(b[iIndex]))
    .map((r) => asciiName(r[iName], keepHyphen));
}

/** Shares proportional to weights, scaled to `total`; repeated names are merged. */
function weightedShares(
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
function zipfShares(names: readonly string[], total: number): WeightedName[] {
  return weightedShares(
    names,
    names.map((_, i) => (i + 1) ** -A.GIVEN_NAME_ZIPF_EXPONENT),
    total,
  );
}

/** Least-squares fit of log share = log c − s·log rank. */
function fitZipf(shares: readonly number[]): { c: number; s: number } {
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
function buildFamilies(
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
interface CommunityContext {
  surnames: Map<string, SurnameRow>;
  wiki: WikiSurnameGroup[];
}

const bearers = (ctx: CommunityContext, name: string, race: RaceGroup): number =>
  ctx.surnames.get(name)?.bearers[race] ?? 0;

/** API-group bearers of a surname that belong to an Asian community (SOURCES.md#a-api-surname-allocation). */
function allocatedApi(ctx: CommunityContext, community: ApiCommunity, name: string): number {
  const allocation = A.API_SURNAME_ALLOCATION[name]?.[community] ?? A.DEFAULT_API_ALLOCATION;
  return bearers(ctx, name, 'api') * allocation;
}

/** US-resident shares of an Asian community: allocated API bearers / community population. */
function apiResident(
  ctx: CommunityContext,
  community: ApiCommunity,
  names: readonly string[],
  population: number,
): WeightedName[] {
  return names
    .map((name) => ({ name, share: round6(allocatedApi(ctx, community, name) / population) }))
    .filter((n) => n.share > 0)
    .sort((a, b) => b.share - a.share || byCodeUnits(a.name, b.name));
}

/** Every name listed by two API communities, or given an allocation, needs its factor. */
function checkApiAllocation(lists: Record<ApiCommunity, readonly string[]>): void {
  const owners = new Map<string, ApiCommunity[]>();
  for (const [community, names] of Object.entries(lists) as [ApiCommunity, string[]][]) {
    for (const n of names) owners.set(n, [...(owners.get(n) ?? []), community]);
  }
  for (const [name, communities] of owners) {
    const entry = A.API_SURNAME_ALLOCATION[name];
    if ((communities.length > 1 || entry) && communities.some((c) => entry?.[c] === undefined)) {
      throw new Error(`API_SURNAME_ALLOCATION needs ${name}: ${communities.join(', ')}`);
    }
  }
  for (const [name, entry] of Object.entries(A.API_SURNAME_ALLOCATION)) {
    if (sum(Object.values(entry)) > 1) throw new Error(`allocation of ${name} exceeds 1`);
    const unused = Object.keys(entry).filter((c) => !owners.get(name)?.includes(c as ApiCommunity));
    if (unused.length > 0) console.warn(`allocation ${name}.${unused.join(',')} is not used`);
  }
}

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

function conventions(c: ConventionAssumptions): CommunityProfile['conventions'] {
  return {
    ...c,
    compoundGiven: {
      ...c.compoundGiven,
      male: [...c.compoundGiven.male],
      female: [...c.compoundGiven.female],
    },
  };
}

function koreanOrigin(ctx: CommunityContext): SurnameDistribution {
  const top = A.KOREA_2015_TOP10.map((t) => ({ name: t.name, share: t.percent / 100 }));
  const { c, s } = fitZipf(top.map((t) => t.share));
  const kr = ctx.wiki.filter((g) => g.country === 'KR');
  const seen = new Set([
    ...top.map((t) => t.name),
    ...kr.filter((g) => g.rank <= 10).flatMap((g) => g.names),
  ]);
  const tail: WeightedName[] = [];
  for (const g of kr.filter((g) => g.rank > 10)) {
    const first = g.names[0];
    if (first !== undefined && !seen.has(first))
      tail.push({ name: first, share: c * g.rank ** -s });
    g.names.forEach((n) => seen.add(n));
  }
  const room = A.KOREAN_ORIGIN_MAX_TOTAL - shareTotal(top);
  const scale = Math.min(1, room / shareTotal(tail));
  const names = [...top, ...tail.map((t) => ({ name: t.name, share: round6(t.share * scale) }))];
  const source = `${A.KOREA_2015_SOURCE} (ranks 1-10); ranks 11+: order of the KR rows of wikipedia_common_surnames_by_country.csv with shares continuing a Zipf curve fitted to ranks 1-10, exponent ${s.toFixed(3)} (assumption, SOURCES.md#a-korean-origin-tail)`;
  return { source, names, remainderRace: 'api' };
}

function koreanProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  const given = (sex: 'M' | 'F'): WeightedName[] =>
    zipfShares(readWikiForenames('KR', sex, true), A.KOREAN_GIVEN_LIST_SHARE);
  return {
    id: 'korean',
    label: 'Korean',
    race: 'api',
    surnames: {
      origin: koreanOrigin(ctx),
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Korean-alone population ${A.KOREAN_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE})`,
        names: apiResident(ctx, 'korean', residentNames, A.KOREAN_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'Wikipedia "List of most popular given names", South Korea 2019 (wikipedia_common_forenames_by_country.csv); Zipf weights by rank and list share are assumptions (SOURCES.md#a-korean-given-share)',
      male: given('M'),
      female: given('F'),
      remainderRace: 'api',
    },
    conventions: conventions(A.KOREAN_CONVENTIONS),
    romanisationFamilies: families,
  };
}

function vietnameseOrigin(ctx: CommunityContext): SurnameDistribution {
  const names: WeightedName[] = [];
  for (const g of ctx.wiki.filter((g) => g.country === 'VN' && g.percent > 0)) {
    const split = g.names.length === 2 ? A.VIETNAMESE_COMBINED_ROW_FIRST_SHARE : 1;
    g.names.forEach((name, i) =>
      names.push({ name, share: round6(g.percent * (i === 0 ? split : 1 - split)) }),
    );
  }
  const source =
    'Wikipedia "List of common Vietnamese surnames" percentages, via the VN rows of wikipedia_common_surnames_by_country.csv; the combined rows Huynh/Hoang and Vu/Vo are split (assumption, SOURCES.md#a-vietnamese-combined-rows)';
  return { source, names, remainderRace: 'api' };
}

function vietnameseProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  return {
    id: 'vietnamese',
    label: 'Vietnamese',
    race: 'api',
    surnames: {
      origin: vietnameseOrigin(ctx),
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Vietnamese-alone population ${A.VIETNAMESE_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE})`,
        names: apiResident(ctx, 'vietnamese', residentNames, A.VIETNAMESE_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'No openly licensed Vietnamese given-name frequencies were found (known gap, SOURCES.md#gap-vietnamese-given-names): all given names come from the US API-group model',
      male: [],
      female: [],
      remainderRace: 'api',
    },
    conventions: conventions(A.VIETNAMESE_CONVENTIONS),
    romanisationFamilies: families,
  };
}

function chineseProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  const cn = ctx.wiki.filter((g) => g.country === 'CN');
  const origin = cn.map((g) => ({
    name: g.names[0] ?? '',
    share: round6(g.count / A.CHINA_POPULATION_2020),
  }));
  const given = (sex: 'M' | 'F'): WeightedName[] =>
    zipfShares(readWikiForenames('CN', sex, false), A.CHINESE_GIVEN_LIST_SHARE);
  return {
    id: 'chinese',
    label: 'Chinese',
    race: 'api',
    surnames: {
      origin: {
        source: `Counts of the CN rows of wikipedia_common_surnames_by_country.csv (Wikipedia "List of common Chinese surnames") / China 2020 census population ${A.CHINA_POPULATION_2020} (quoted); toneless pinyin`,
        names: origin,
        remainderRace: 'api',
      },
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Chinese (except Taiwanese) alone population ${A.CHINESE_EXCEPT_TAIWANESE_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE}); pinyin, Wade-Giles and Cantonese spellings`,
        names: apiResident(ctx, 'chinese', residentNames, A.CHINESE_EXCEPT_TAIWANESE_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'Wikipedia "List of most popular given names", China 2022 (wikipedia_common_forenames_by_country.csv), toneless pinyin; Zipf weights by rank and list share are assumptions (SOURCES.md#a-chinese-given-share)',
      male: given('M'),
      female: given('F'),
      remainderRace: 'api',
    },
    conventions: conventions(A.CHINESE_CONVENTIONS),
    romanisationFamilies: families,
  };
}

/** Korean, Vietnamese and Chinese: their surname lists overlap, so they are built together. */
function asianProfiles(ctx: CommunityContext): CommunityProfile[] {
  const groupsOf = (country: string): string[][] =>
    ctx.wiki.filter((g) => g.country === country).map((g) => g.names);
  const families = (community: ApiCommunity, country: string): string[][] =>
    buildFamilies(
      {
        korean: A.KOREAN_CURATED_FAMILIES,
        vietnamese: A.VIETNAMESE_CURATED_FAMILIES,
        chinese: A.CHINESE_CURATED_FAMILIES,
      }[community],
      groupsOf(country),
      (name) => allocatedApi(ctx, community, name),
      community === 'korean' ? A.KOREAN_VARIANT_EXCLUSIONS : [],
    );
  const fams: Record<ApiCommunity, string[][]> = {
    korean: families('korean', 'KR'),
    vietnamese: families('vietnamese', 'VN'),
    chinese: families('chinese', 'CN'),
  };
  const listed = (country: string, fams: string[][], extra: readonly string[]): string[] =>
    unique([...extra, ...groupsOf(country).map((g) => g[0] ?? ''), ...fams.flat()]).filter((n) =>
      ctx.surnames.has(n),
    );
  const names: Record<ApiCommunity, string[]> = {
    korean: listed(
      'KR',
      fams.korean,
      A.KOREA_2015_TOP10.map((t) => t.name),
    ),
    vietnamese: listed('VN', fams.vietnamese, groupsOf('VN').flat()),
    chinese: listed('CN', fams.chinese, []),
  };
  checkApiAllocation(names);
  return [
    koreanProfile(ctx, names.korean, fams.korean),
    vietnameseProfile(ctx, names.vietnamese, fams.vietnamese),
    chineseProfile(ctx, names.chinese, fams.chinese),
  ];
}

function generalProfile(): CommunityProfile {
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

function mexicanProfile(ctx: CommunityContext): CommunityProfile {
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

function haitianProfile(ctx: CommunityContext): CommunityProfile {
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

function eastAfricanProfile(ctx: CommunityContext): CommunityProfile {
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

function describe(label: string, names: readonly WeightedName[] | undefined): string {
  if (!names || names.length === 0) return `${label}: -`;
  const top = names.slice(0, 3).map((n) => `${n.name} ${(n.share * 100).toFixed(1)}%`);
  const top3 = shareTotal(names.slice(0, 3)) * 100;
  return `${label}: ${top.join(', ')} (top-3 ${top3.toFixed(1)}%, list ${(shareTotal(names) * 100).toFixed(1)}%)`;
}

function buildCommunities(surnames: readonly SurnameRow[]): void {
  const ctx: CommunityContext = {
    surnames: new Map(surnames.map((s) => [s.name, s])),
    wiki: readWikiSurnameGroups(),
  };
  const [korean, vietnamese, chinese] = asianProfiles(ctx);
  const communities = [
    generalProfile(),
    korean,
    vietnamese,
    chinese,
    mexicanProfile(ctx),
    haitianProfile(ctx),
    eastAfricanProfile(ctx),
  ];
  const file = CommunitiesFileSchema.parse({ version: 1, communities });
  for (const c of file.communities) {
    console.log(
      `${c.id}: ${describe('origin', c.surnames.origin?.names)}; ${describe('US', c.surnames.usResident?.names)}`,
    );
  }
  writeJson('communities.json', file);
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  mkdirSync(outDir, { recursive: true });
  console.log(`raw data: ${rawDir}`);
  const census = readCensusSurnames();
  buildSurnames(census.names);
  buildSurnamesResidual(census.names, census.residual, census.residualPct);
  buildGivenNames();
  buildGivenNamesRace();
  const birthDaySum = buildBirthDays();
  const alive = buildAgeStructure();
  buildZcta();
  buildCommunities(census.names);

  for (const w of written) {
    const rows = w.rows > 0 ? `${w.rows} rows` : '';
    console.log(
      `${w.file.padEnd(24)} ${String(w.bytes).padStart(9)} B  ${rows.padEnd(12)} ${w.sha256}`,
    );
  }
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  console.log(
    `total ${total} B; birth-day weights sum ${birthDaySum.toFixed(5)}; alive in 2025 ${alive}`,
  );
}

main();
