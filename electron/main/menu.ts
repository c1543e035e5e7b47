/**
 * The application menu: File (New, Open Scenario, Open Recent, Save, Save As, Export), Edit,
 * View, Help (About, which shows the version and the data sources). Items that act on the
 * document send a MenuCommand to the renderer, which does the work on every platform alike
 * (the web build offers the same commands as buttons).
 */
import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../renderer/src/desktopApi';

export interface MenuContext {
  appName: string;
  /** process.platform: macOS gets the application menu and its conventions. */
  platform: string;
  /** Newest first. */
  recentFiles: readonly string[];
  /** Offer View → Toggle Developer Tools (development builds only). */
  devTools: boolean;
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand, path?: string): void;
  clearRecentFiles(): void;
}

export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string) =>
    ({
      label,
      click: () => context.send(name),
      ...(accelerator === undefined ? {} : { accelerator }),
    }) satisfies MenuItemConstructorOptions;
  const about = command(`About ${context.appName}`, 'about');

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open Scenario…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentFilesMenu(context) },
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'saveAs', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      {
        label: 'Export',
        submenu: [
          command('Report…', 'exportReport', 'CmdOrCtrl+E'),
          command('Run Manifest…', 'exportManifest'),
          command('Matched Pairs (CSV)…', 'exportPairs'),
          command('Funnel Chart…', 'exportFunnel'),
        ],
      },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: 'Help', submenu: [about] };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}

function recentFilesMenu(context: MenuContext): MenuItemConstructorOptions[] {
  if (context.recentFiles.length === 0) return [{ label: 'No Recent Files', enabled: false }];
  return [
    ...context.recentFiles.map((path) => ({
      label: `${basename(path)} — ${path}`,
      click: () => context.send('openRecent', path),
    })),
    { type: 'separator' },
    { label: 'Clear Recent Files', click: () => context.clearRecentFiles() },
  ];
}
