/**
 * Reads a user's CSV file (or a gzip of one) in the worker, streamed by papaparse in 1 MiB
 * chunks, into the engine's LinkRecordsBuilder — the same builder `namesake link-csv` uses —
 * so messages name row and column exactly as on the command line.
 */
import Papa from 'papaparse';
import type { ColumnMapping } from '../../../src/matching/io/columnMapping';
import type { KeyTables } from '../../../src/matching/io/KeyTables';
import {
  LinkRecordsBuilder,
  type CsvReadSummary,
  type CsvRow,
} from '../../../src/matching/io/recordBuilder';
import type { ProblemPolicy } from '../../../src/matching/io/RowProblems';
import type { LinkRecords } from '../../../src/matching/linking/LinkRecords';
import { engineError } from '../../../src/matching/messages';
import { checkCsvBytes, csvBytes } from './checkCsvBytes';
import type { CsvReadProgress } from './csvLinkTypes';
import { headerKeys } from '../../../src/matching/io/headerKeys';

const CHUNK_BYTES = 1 << 20;
const PROGRESS_EVERY = 16_384;

export async function readCsvFile(
  file: File,
  options: {
    mapping: ColumnMapping;
    keys: KeyTables;
    policy?: ProblemPolicy;
    onProgress?: (p: CsvReadProgress) => void;
  },
): Promise<{ records: LinkRecords; summary: CsvReadSummary }> {
  const blob = await csvBytes(file);
  await checkCsvBytes(file.name, blob);
  const headers: string[] = [];
  let builder: LinkRecordsBuilder | null = null;
  let rows = 0;
  const start = () => {
    if (headers.every((h) => h === '')) throw engineError('csvEmpty', file.name);
    return new LinkRecordsBuilder({
      file: file.name,
      headers,
      mapping: options.mapping,
      keys: options.keys,
      policy: options.policy,
    });
  };
  const report = (bytes: number) =>
    options.onProgress?.({ file: file.name, rows, bytes, totalBytes: blob.size });
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    Papa.parse<CsvRow>(blob as File, {
      header: true,
      skipEmptyLines: false,
      chunkSize: CHUNK_BYTES,
      transformHeader: headerKeys(headers),
      step: (results, parser) => {
        if (failed) return;
        try {
          builder ??= start();
          builder.add(results.data);
          if (++rows % PROGRESS_EVERY === 0) report(results.meta.cursor);
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error as Error);
        }
      },
      complete: () => {
        if (!failed) resolve();
      },
      error: (error: Error) => reject(error),
    });
  });
  report(blob.size);
  return (builder ?? start()).finish();
}

/** The header and the first rows, for the mapping form. */
export async function previewCsv(
  file: File,
  count = 5,
): Promise<{ headers: string[]; rows: string[][] }> {
  const blob = await csvBytes(file);
  await checkCsvBytes(file.name, blob.slice(0, CHUNK_BYTES));
  const text = await blob.slice(0, 256 * 1024).text();
  const parsed = Papa.parse<string[]>(text, { preview: count + 1, skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  if (header.length === 0 || header.every((h) => h.trim() === ''))
    throw engineError('csvEmpty', file.name);
  return { headers: header.map((h) => h.trim()), rows };
}
