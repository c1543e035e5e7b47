/**
 * Opening and saving files for the renderer. The renderer never names a file to read or write
 * on its own: a file is read after the user picks it in a dialog, or from the recent files; a
 * file is written where the user picks in a dialog, or (Save) where a dialog or a recent entry
 * already put it this session. Scenarios, manifests and models are JSON: saving or opening one
 * adds it to the recent files; exports (CSV, PDF, images) do not.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, normalize } from 'node:path';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { FileFilter, OpenedFile } from '../../renderer/src/desktopApi';
import type { SaveFileOptions } from './ipc';
import type { RecentFiles } from './recentFiles';

/** Text files the app opens are small (a scenario, a manifest, a model); refuse larger ones. */
export const MAX_OPEN_BYTES = 64 * 1024 * 1024;

export class TooLargeError extends Error {
  constructor(path: string) {
    super(`${basename(path)} is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB.`);
    this.name = 'TooLargeError';
  }
}

export class DesktopFiles {
  /** Files the user chose this session: Save may write to them without asking again. */
  private readonly chosen = new Set<string>();

  constructor(
    private readonly recent: RecentFiles,
    private readonly addRecentDocument: (path: string) => void = () => undefined,
  ) {}

  async openTextFile(
    sender: WebContents,
    options: { title: string; filters: FileFilter[] },
  ): Promise<OpenedFile | null> {
    const result = await showOpenDialog(sender, {
      title: options.title,
      filters: options.filters,
      properties: ['openFile'],
    });
    const path = result.canceled ? undefined : result.filePaths[0];
    if (path === undefined) return null;
    const file = await readTextFile(path);
    this.remember(path);
    return file;
  }

  /** Reopens a recent file; one that is gone (or not in the list) is dropped and gives null. */
  async openRecentFile(_sender: WebContents, path: string): Promise<OpenedFile | null> {
    if (!this.recent.has(path)) return null;
    try {
      const file = await readTextFile(path);
      this.remember(path);
      return file;
    } catch {
      this.recent.remove(path);
      return null;
    }
  }

  async saveFile(sender: WebContents, options: SaveFileOptions): Promise<string | null> {
    let path = options.path === undefined ? undefined : normalize(options.path);
    if (path !== undefined && !this.chosen.has(path) && !this.recent.has(path)) path = undefined;
    if (path === undefined) {
      const result = await showSaveDialog(sender, {
        defaultPath: options.suggestedName,
        filters: options.filters,
      });
      if (result.canceled || !result.filePath) return null;
      path = normalize(result.filePath);
    }
    const data = typeof options.data === 'string' ? options.data : Buffer.from(options.data);
    await writeFile(path, data);
    this.remember(path);
    return path;
  }

  private remember(path: string): void {
    this.chosen.add(normalize(path));
    if (extname(path).toLowerCase() === '.json') {
      this.recent.add(path);
      this.addRecentDocument(path);
    }
  }
}

async function readTextFile(path: string): Promise<OpenedFile> {
  if ((await stat(path)).size > MAX_OPEN_BYTES) throw new TooLargeError(path);
  return { name: basename(path), path, text: await readFile(path, 'utf8') };
}

function showOpenDialog(sender: WebContents, options: Electron.OpenDialogOptions) {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

function showSaveDialog(sender: WebContents, options: Electron.SaveDialogOptions) {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}
