/**
 * Reads a user's CSV file (or a gzip of one) into link records, streaming: the file passes
 * through in 1 MiB chunks, decoded as UTF-8 (Utf8TextStream), parsed by papaparse's Node
 * stream and appended row by row to typed columns (LinkRecordsBuilder), so memory holds the
 * columns and never the text. The delimiter (comma, semicolon, tab) is detected by papaparse.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import type { ColumnMapping } from '../matching/io/columnMapping';
import type { KeyTables } from '../matching/io/KeyTables';
import { LinkRecordsBuilder, type CsvReadSummary, type CsvRow } from '../matching/io/recordBuilder';
import type { ProblemPolicy } from '../matching/io/RowProblems';
import type { LinkRecords } from '../matching/linking/LinkRecords';
import { engineError } from '../matching/messages';
import { Utf8TextStream } from './Utf8TextStream';
import { headerKeys } from '../matching/io/headerKeys';

export interface CsvReadProgress {
  /** Data rows read so far. */
  rows: number;
  /** Bytes of the file read so far (compressed bytes for a gzip file). */
  bytes: number;
}

export interface ReadCsvOptions {
  mapping: ColumnMapping;
  /** Shared by both files of a run. */
  keys: KeyTables;
  policy?: ProblemPolicy;
  /** Called every PROGRESS_EVERY rows and at the end. */
  onProgress?: (progress: CsvReadProgress) => void;
}

export const PROGRESS_EVERY = 16_384;
const CHUNK_BYTES = 1 << 20;

/** True when the file starts with the gzip magic number, whatever its name. */
async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * The header as the file spells it (trimmed), and a parser that keys each row by it. A repeated
 * header gets a distinct key ("name (2)"), so papaparse neither renames nor warns.
 */
function csvParser(headers: string[]): NodeJS.ReadWriteStream {
  return Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, transformHeader: headerKeys(headers) });
}

export async function readCsvRecords(
  path: string,
  options: ReadCsvOptions,
): Promise<{ records: LinkRecords; summary: CsvReadSummary }> {
  const gzip = await isGzip(path);
  const source = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const headers: string[] = [];
  let builder: LinkRecordsBuilder | null = null;
  const start = () => {
    if (headers.every((h) => h === '')) throw engineError('csvEmpty', path);
    return new LinkRecordsBuilder({
      file: path,
      headers,
      mapping: options.mapping,
      keys: options.keys,
      policy: options.policy,
    });
  };
  let rows = 0;
  const report = () => options.onProgress?.({ rows, bytes: source.bytesRead });
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 4096,
    write(row: CsvRow, _encoding, done) {
      try {
        builder ??= start();
        builder.add(row);
        if (++rows % PROGRESS_EVERY === 0) report();
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const stages: (Readable | NodeJS.ReadWriteStream | Writable)[] = [
    source,
    ...(gzip ? [createGunzip()] : []),
    new Utf8TextStream(path),
    csvParser(headers),
    sink,
  ];
  await pipeline(stages);
  report();
  return (builder ?? start()).finish();
}
