/**
 * A DesktopApi for tests: every saved file is kept in memory, files to "open" are handed to it
 * beforehand, and menu commands can be sent as the desktop shell's menus would. The page gets it
 * with `?desktop=fake` in its URL (see ./index.ts); its control is then `window.__namesakeTest`,
 * and `window.__namesakeFakeInit` (set before the app loads, e.g. by Playwright's addInitScript)
 * configures it.
 */
import type {
  DesktopApi,
  DocumentState,
  MenuCommand,
  MenuCommandListener,
  OpenedFile,
} from '../desktopApi';
import { APP_VERSION } from './appVersion';

/** One `saveFile` call, in order of saving. */
export interface SavedFile {
  /** The name the app suggested, e.g. "run-manifest.json". */
  name: string;
  /** Where the fake "wrote" it: the given path, or /fake/<name>. */
  path: string;
  data: string | Uint8Array;
}

export interface FakeDesktopOptions {
  /** Answered by `appVersion()`. Default: package.json's version. */
  version?: string;
  /** What successive `openTextFile` calls return; once used up, they return null (cancel). */
  openFiles?: OpenedFile[];
  /** Known files, for `recentFiles()` and `openRecentFile(path)`. Default: none. */
  recentFiles?: OpenedFile[];
  /** Whether `printToPdf` answers bytes, as the desktop does, or null, as the web does. Default: true. */
  pdf?: boolean;
}

/** What a test sees and does; in a page, `window.__namesakeTest`. */
export interface FakeDesktopControl {
  /** Every saved file, in order. */
  readonly saved: SavedFile[];
  /** The HTML of every `printToPdf` call, in order. */
  readonly printedHtml: string[];
  /** The last `setDocumentState`, or null. */
  readonly documentState: DocumentState | null;
  /** The last saved file with this name, as text (bytes decoded as UTF-8); null if none. */
  savedText(name: string): string | null;
  /** The last saved file with this name, as base64 (for binary files); null if none. */
  savedBase64(name: string): string | null;
  /** Makes the next `openTextFile` return this file. */
  queueOpenFile(file: OpenedFile): void;
  /** Sends a menu command to the app, as the desktop shell's menus do. */
  menu(command: MenuCommand, path?: string): void;
}

/** The bytes the fake "prints": a PDF header, enough for a test to tell a PDF from HTML. */
const FAKE_PDF = '%PDF-1.7\n% Namesake test fake\n%%EOF\n';

export function createFakeDesktopApi(options: FakeDesktopOptions = {}): {
  api: DesktopApi;
  control: FakeDesktopControl;
} {
  const openQueue = [...(options.openFiles ?? [])];
  const files = new Map<string, OpenedFile>();
  const recent: string[] = [];
  const listeners = new Set<MenuCommandListener>();
  const saved: SavedFile[] = [];
  const printedHtml: string[] = [];
  let documentState: DocumentState | null = null;

  const remember = (file: OpenedFile) => {
    const path = file.path ?? `/fake/${file.name}`;
    files.set(path, { ...file, path });
    recent.splice(0, recent.length, path, ...recent.filter((p) => p !== path));
    return path;
  };
  for (const file of [...(options.recentFiles ?? [])].reverse()) remember(file);
  const lastSaved = (name: string) =>
    [...saved].reverse().find((file) => file.name === name) ?? null;

  const api: DesktopApi = {
    platform: 'test',
    appVersion: () => Promise.resolve(options.version ?? APP_VERSION),
    openTextFile: () => {
      const file = openQueue.shift();
      if (!file) return Promise.resolve(null);
      const path = remember(file);
      return Promise.resolve({ ...file, path });
    },
    openRecentFile: (path) => {
      const file = files.get(path);
      if (!file) recent.splice(0, recent.length, ...recent.filter((p) => p !== path));
      return Promise.resolve(file ? { ...file } : null);
    },
    recentFiles: () => Promise.resolve([...recent]),
    saveFile: ({ suggestedName, data, path }) => {
      const where = path ?? `/fake/${suggestedName}`;
      saved.push({ name: suggestedName, path: where, data });
      remember({ name: suggestedName, path: where, text: textOf(data) });
      return Promise.resolve(where);
    },
    printToPdf: (html) => {
      printedHtml.push(html);
      return Promise.resolve(options.pdf === false ? null : new TextEncoder().encode(FAKE_PDF));
    },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDocumentState: (state) => {
      documentState = { ...state };
    },
  };

  const control: FakeDesktopControl = {
    saved,
    printedHtml,
    get documentState() {
      return documentState;
    },
    savedText: (name) => {
      const file = lastSaved(name);
      return file ? textOf(file.data) : null;
    },
    savedBase64: (name) => {
      const file = lastSaved(name);
      return file ? base64Of(file.data) : null;
    },
    queueOpenFile: (file) => {
      openQueue.push(file);
    },
    menu: (command, path) => {
      for (const listener of [...listeners]) listener(command, path);
    },
  };
  return { api, control };
}

function textOf(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function base64Of(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

declare global {
  interface Window {
    /** The fake's control, present when the page was opened with `?desktop=fake`. */
    __namesakeTest?: FakeDesktopControl;
    /** The fake's options, set by a test before the app loads. */
    __namesakeFakeInit?: FakeDesktopOptions;
  }
}
