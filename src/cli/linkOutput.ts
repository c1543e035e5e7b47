/**
 * Writes a link run's outputs: declared pairs as CSV (optionally gzip), and the metrics JSON.
 * Pairs are written in chunks through a stream, so millions of pairs never sit in one string.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import type { LinkRecords } from '../matching/linking/LinkRecords';
import { PAIR_COLUMNS, pairCsvRows, type PairText } from '../matching/io/pairsCsv';
import { modelToJson } from '../matching/decision/modelJson';
import type { CurvePoint, ScoreHistogram } from '../matching/evaluation/ScoreHistogram';
import type { Decision, DeclaredMatches } from '../matching/linking/linkTwoFiles';
import { scoreLabel } from './decisionOptions';

export { PAIR_COLUMNS };

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Writes pairs.csv or pairs.csv.gz into `dir`; returns the file's path. */
export async function writePairs(
  dir: string,
  gzip: boolean,
  left: LinkRecords,
  right: LinkRecords,
  declared: DeclaredMatches,
  text: PairText,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, gzip ? 'pairs.csv.gz' : 'pairs.csv');
  const file = createWriteStream(path);
  const out: Writable = gzip ? createGzip() : file;
  if (gzip) (out as ReturnType<typeof createGzip>).pipe(file);
  await write(out, `${PAIR_COLUMNS.join(',')}\n`);
  // In chunks of rows, so millions of pairs never sit in one string.
  const CHUNK = 2048;
  for (let from = 0; from < declared.left.length; from += CHUNK) {
    const to = Math.min(declared.left.length, from + CHUNK);
    await write(out, pairCsvRows(left, right, declared, text, from, to));
  }
  out.end();
  await once(file, 'finish');
  return path;
}

export function writeJson(dir: string, file: string, value: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/**
 * The outputs every link command writes besides metrics.json: the declared pairs, and the
 * Fellegi–Sunter model when one decided. Returns their paths (`model`: null when none was
 * written).
 */
export async function writeDecisionOutputs(
  dir: string,
  gzip: boolean,
  left: LinkRecords,
  right: LinkRecords,
  declared: DeclaredMatches,
  text: Omit<PairText, 'scoreLabel'>,
  decision: Decision,
  /** The --model file the decision was read from: never written over (a new --threshold would
   * silently change the saved model). */
  modelFile?: string,
): Promise<{ pairs: string; model: string | null }> {
  const pairs = await writePairs(dir, gzip, left, right, declared, {
    ...text,
    scoreLabel: scoreLabel(decision),
  });
  const own = modelFile !== undefined && resolve(modelFile) === resolve(join(dir, 'model.json'));
  const model =
    decision.kind === 'fellegiSunter' && !own
      ? writeJson(dir, 'model.json', JSON.parse(modelToJson(decision.model)))
      : null;
  return { pairs, model };
}

/** The stdout line naming what a link command wrote. */
export function writtenLine(outputs: { pairs: string; model: string | null }, metrics: string) {
  const files = [outputs.pairs, metrics, ...(outputs.model ? [outputs.model] : [])];
  return `Written: ${files.slice(0, -1).join(', ')} and ${files.at(-1)!}`;
}

/** The threshold curve metrics.json records: every tenth bin that declares something. */
export function recordedCurve(histogram: ScoreHistogram | null): CurvePoint[] | null {
  return histogram ? histogram.curve(10).filter((p) => p.declared > 0) : null;
}
