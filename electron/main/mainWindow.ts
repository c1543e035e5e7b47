/**
 * The main window: hardened preferences, the remembered size and position (windowState.ts), the
 * document's name in the title.
 */
import { BrowserWindow, screen } from 'electron';
import { documentTitle, type DocumentState } from '../../renderer/src/desktopApi';
import { readJsonFile, writeJsonFile } from './jsonStore';
import { secureWebPreferences } from './security';
import {
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowState,
  windowStateJson,
} from './windowState';

export interface MainWindowOptions {
  preload: string;
  url: string;
  /** The window state's JSON file in the user's data folder. */
  stateFile: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const state = restoreWindowState(parseWindowState(readJsonFile(options.stateFile)), workAreas);
  const window = new BrowserWindow({
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Namesake',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () =>
    writeJsonFile(
      options.stateFile,
      windowStateJson(window.getNormalBounds(), window.isMaximized()),
    ),
  );
  // The title is the document's, set by the renderer through setDocumentState.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(options.url);
  return window;
}

export function applyDocumentState(window: BrowserWindow, state: DocumentState): void {
  window.setTitle(documentTitle(state));
  window.setDocumentEdited(state.dirty);
}
