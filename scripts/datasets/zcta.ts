/** Places: adults (18+) by ZCTA and race/ethnicity, Census 2010. */
import { col, readTable, toCsv, writeOutput } from './io.js';

export function buildZcta(): void {
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
