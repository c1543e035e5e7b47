/** Reading the raw tables in `../shared/data` and writing the deterministic outputs. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rawDir = process.env.NAMESAKE_RAW_DATA ?? path.resolve(repoRoot, '../shared/data');
export const outDir = path.join(repoRoot, 'datasets');

/** A parsed CSV: header names and rows of string cells. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** Reads a raw CSV (optionally gzipped; a leading BOM is dropped). */
export function readTable(file: string): Table {
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
export function col(table: Table, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new Error(`missing column ${name}`);
  return i;
}

/** Indexes of several columns by name. */
export function cols(table: Table, ...names: string[]): number[] {
  return names.map((n) => col(table, n));
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** gzip with no timestamp and an "unknown" OS byte, so the bytes do not depend on the machine. */
function deterministicGzip(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  if (gz.readUInt32LE(4) !== 0) throw new Error('gzip header carries a timestamp');
  gz[9] = 0xff;
  return gz;
}

export const written: { file: string; bytes: number; rows: number; sha256: string }[] = [];

export function writeOutput(file: string, text: string): void {
  const bytes = file.endsWith('.gz') ? deterministicGzip(text) : Buffer.from(text, 'utf8');
  writeFileSync(path.join(outDir, file), bytes);
  const rows = file.endsWith('.json') ? 0 : text.split('\n').length - 2;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  written.push({ file, bytes: bytes.length, rows, sha256 });
}

export function writeJson(file: string, value: unknown): void {
  writeOutput(file, JSON.stringify(value, null, 2) + '\n');
}
