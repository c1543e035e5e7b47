/**
 * Reads a headed CSV into typed columns, checking the header and every number, with messages
 * that name the file, row and column of a problem.
 */
import Papa from 'papaparse';
import { engineError } from '../messages';

export interface CsvColumns<N extends string, S extends string> {
  rows: number;
  numbers: Record<N, Float64Array>;
  strings: Record<S, string[]>;
}

export function readCsv<N extends string, S extends string>(
  file: string,
  text: string,
  stringColumns: readonly S[],
  numberColumns: readonly N[],
): CsvColumns<N, S> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: true,
  });
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) throw engineError('datasetEmpty', file);
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = [...stringColumns, ...numberColumns].filter((c) => !index.has(c));
  if (missing.length > 0) throw engineError('datasetMissingColumns', file, missing);
  const numbers = {} as Record<N, Float64Array>;
  for (const column of numberColumns) {
    const at = index.get(column)!;
    const values = new Float64Array(body.length);
    for (let r = 0; r < body.length; r++) {
      const raw = body[r]![at] ?? '';
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) {
        throw engineError('datasetBadNumber', file, r + 2, column, raw);
      }
      values[r] = value;
    }
    numbers[column] = values;
  }
  const strings = {} as Record<S, string[]>;
  for (const column of stringColumns) {
    const at = index.get(column)!;
    strings[column] = body.map((row) => row[at] ?? '');
  }
  return { rows: body.length, numbers, strings };
}
