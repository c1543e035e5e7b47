/**
 * The one contract between the renderer and the desktop. The Electron preload implements it
 * with explicit IPC calls (electron/preload), the web build with browser APIs (downloads, file
 * inputs), and the tests with a fake; the renderer never reaches Electron or Node any other way.
 * Users' CSV files are read with the browser's File API (a file input or a drop) on every
 * platform, so they are streamed and never pass through this contract whole.
 */

/** A file type offered by an open or save dialog, e.g. { name: 'Scenario', extensions: ['json'] }. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** A text file the user chose: a scenario, a saved run manifest or a match model. */
export interface OpenedFile {
  /** The file's name without folders, e.g. "my-scenario.json". */
  name: string;
  /** Where it lives (the desktop only; null on the web): used for Save and recent files. */
  path: string | null;
  text: string;
}

/** The commands the shell's menus send; the web build offers the same ones as buttons. */
export const MENU_COMMANDS = [
  'new',
  'open',
  /** File → Open Recent → a file: the listener's `path` says which; call `openRecentFile(path)`. */
  'openRecent',
  'save',
  'saveAs',
  'exportReport',
  'exportManifest',
  'exportPairs',
  'exportFunnel',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Receives a menu command; `path` is set for `'openRecent'` only. */
export type MenuCommandListener = (command: MenuCommand, path?: string) => void;

/** What the window title shows: the open document and whether it has unsaved changes. */
export interface DocumentState {
  name: string;
  dirty: boolean;
}

/** The window (or tab) title for a document: "name — Namesake", "• name — Namesake" when dirty. */
export function documentTitle(state: DocumentState): string {
  const name = state.name.trim();
  const title = name === '' ? 'Namesake' : `${name} — Namesake`;
  return state.dirty ? `• ${title}` : title;
}

export interface DesktopApi {
  /** Which implementation is answering: the desktop shell, a plain browser, or a test fake. */
  readonly platform: 'electron' | 'web' | 'test';
  /** The application version shown in About and written into every run manifest. */
  appVersion(): Promise<string>;
  /** Asks the user for a text file; null when they cancel. */
  openTextFile(options: { title: string; filters: FileFilter[] }): Promise<OpenedFile | null>;
  /** Opens one of `recentFiles()` again; null (with the entry removed) if it is gone. */
  openRecentFile(path: string): Promise<OpenedFile | null>;
  /** Files opened or saved lately, newest first (the desktop only; [] on the web). */
  recentFiles(): Promise<string[]>;
  /**
   * Saves `data` where the user says: a save dialog on the desktop (writing to `path` directly
   * when given, for Save), a download in the browser. Returns where it went (a path, or the
   * download's name), or null when they cancel.
   */
  saveFile(options: {
    suggestedName: string;
    filters: FileFilter[];
    data: string | Uint8Array;
    path?: string;
  }): Promise<string | null>;
  /**
   * The report page as PDF bytes (Electron's printToPDF of the given HTML), or null where the
   * platform cannot make one (the web build offers the HTML report and the browser's Print).
   */
  printToPdf(html: string): Promise<Uint8Array | null>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: MenuCommandListener): () => void;
  /** The window title's document name and whether it has unsaved changes (see documentTitle). */
  setDocumentState(state: DocumentState): void;
}

declare global {
  interface Window {
    /** Present only inside the Electron shell, set by the preload script. */
    namesakeDesktop?: DesktopApi;
  }
}
