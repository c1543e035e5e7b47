/**
 * Users' files for the command line: a column mapping (a JSON file, or JSON written inline),
 * and a CSV file read with a progress bar. Problems with either are usage errors (exit code 2)
 * naming the file: the user fixes the input, not the program.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseColumnMapping, type ColumnMapping } from '../matching/io/columnMapping';
import { parseJsonText } from '../matching/io/jsonText';
import type { KeyTables } from '../matching/io/KeyTables';
import type { ProblemPolicy } from '../matching/io/RowProblems';
import { EngineError } from '../matching/messages';
import { readCsvRecords } from '../node/readCsvRecords';
import { linkCsvMessage, UsageError } from './messages';
import { progressBar } from './progress';

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** `source` is a mapping file, or a JSON object written inline (it starts with "{"). */
export function readColumnMapping(source: string): ColumnMapping {
  const inline = source.trimStart().startsWith('{');
  let text = source;
  if (!inline) {
    try {
      text = readFileSync(source, 'utf8');
    } catch (error) {
      throw new UsageError(linkCsvMessage.mappingUnreadable(source, errnoOf(error)));
    }
  }
  const name = inline ? '(inline)' : source;
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(linkCsvMessage.mappingNotJson(name, parsed.problem));
  const json = parsed.value;
  try {
    return parseColumnMapping(json, name);
  } catch (error) {
    if (error instanceof EngineError) throw new UsageError(error.message);
    throw error;
  }
}

export async function readCsvInput(
  file: string,
  mapping: ColumnMapping,
  keys: KeyTables,
  policy: ProblemPolicy,
): ReturnType<typeof readCsvRecords> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UsageError(linkCsvMessage.csvUnreadable(file, errnoOf(error)));
  }
  const megabytes = (bytes: number) => Math.round(bytes / 1e6);
  const bar = progressBar(`Reading ${file}`, Math.max(1, megabytes(size)), 'MB');
  try {
    return await readCsvRecords(file, {
      mapping,
      keys,
      policy,
      onProgress: ({ bytes }) => bar.update(megabytes(bytes)),
    });
  } catch (error) {
    if (error instanceof EngineError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('Z_'))
      throw new UsageError(
        linkCsvMessage.csvUnreadable(file, `not valid gzip (${(error as Error).message})`),
      );
    if (code !== undefined) throw new UsageError(linkCsvMessage.csvUnreadable(file, code));
    throw error;
  } finally {
    bar.stop();
  }
}
