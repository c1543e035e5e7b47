/** SSA given names by sex and decade, and Tzioumis (2018) first names by race/ethnicity. */
import { byCodeUnits, col, cols, readTable, toCsv, writeOutput } from './io.js';

const DECADES = [1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010] as const;

export function buildGivenNames(): void {
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

export function buildGivenNamesRace(): void {
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
