/**
 * Small JSON files in the user's data folder (recent files, window state). Written whole to a
 * temporary file and renamed, so a crash never leaves half a file; synchronous, so state saved
 * while a window closes is on disk before the app quits. A missing or unreadable file reads as
 * undefined: the caller's defaults apply.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function writeJsonFile(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  renameSync(temporary, path);
}
