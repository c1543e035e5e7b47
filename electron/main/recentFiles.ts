/**
 * The recent files of File → Open Recent: newest first, no duplicates, at most
 * MAX_RECENT_FILES, persisted as JSON in the user's data folder. The list is also what the
 * renderer may reopen without a dialog (see files.ts), so only absolute paths are kept.
 */
import { isAbsolute, normalize } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './jsonStore';

export const MAX_RECENT_FILES = 10;

const RecentFilesJson = z.object({ version: z.literal(1), files: z.array(z.string()) });

/** `path` first, then the others without it, cut to the maximum. */
export function addRecentFile(list: readonly string[], path: string): string[] {
  const entry = normalize(path);
  return [entry, ...list.filter((p) => p !== entry)].slice(0, MAX_RECENT_FILES);
}

export function removeRecentFile(list: readonly string[], path: string): string[] {
  const entry = normalize(path);
  return list.filter((p) => p !== entry);
}

/** The list stored in a file: absolute paths only, duplicates dropped; [] if unreadable. */
export function parseRecentFiles(value: unknown): string[] {
  const parsed = RecentFilesJson.safeParse(value);
  if (!parsed.success) return [];
  const files = parsed.data.files.filter((p) => p !== '' && isAbsolute(p)).map((p) => normalize(p));
  return [...new Set(files)].slice(0, MAX_RECENT_FILES);
}

/** The list, kept in a JSON file; `onChange` hears every change (the menu is rebuilt). */
export class RecentFiles {
  private files: string[];
  private readonly listeners = new Set<(files: readonly string[]) => void>();

  constructor(private readonly storePath: string) {
    this.files = parseRecentFiles(readJsonFile(storePath));
  }

  list(): string[] {
    return [...this.files];
  }

  has(path: string): boolean {
    return this.files.includes(normalize(path));
  }

  add(path: string): void {
    this.update(addRecentFile(this.files, path));
  }

  remove(path: string): void {
    this.update(removeRecentFile(this.files, path));
  }

  clear(): void {
    this.update([]);
  }

  onChange(listener: (files: readonly string[]) => void): void {
    this.listeners.add(listener);
  }

  private update(files: string[]): void {
    if (files.length === this.files.length && files.every((p, i) => p === this.files[i])) return;
    this.files = files;
    writeJsonFile(this.storePath, { version: 1, files });
    for (const listener of this.listeners) listener(this.list());
  }
}
