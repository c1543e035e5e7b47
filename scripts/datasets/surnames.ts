/** Census 2010 surnames (also the basis of the community profiles). */
import { RACE_GROUPS } from '../../src/matching/datasets/communitySchema.js';
import type { RaceGroup } from '../../src/matching/datasets/communitySchema.js';
import * as A from './assumptions/index.js';
import { col, readTable, toCsv, writeJson, writeOutput } from './io.js';

/** A Census surname with its count and estimated bearers per race group (integers). */
export interface SurnameRow {
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

export function readCensusSurnames(): {
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

export function buildSurnames(names: readonly SurnameRow[]): void {
  const rows = names.map((s) => [s.name, s.count, ...RACE_GROUPS.map((g) => s.bearers[g])]);
  writeOutput('surnames.csv.gz', toCsv(['name', 'count', ...RACE_GROUPS], rows));
}

export function buildSurnamesResidual(
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
