/**
 * The desktop shell: the app:// protocol, the hardened session and windows, the DesktopApi's
 * IPC handlers, the menus. Each piece lives in its own module; this one wires them together.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import type { MenuCommand } from '../../renderer/src/desktopApi';
import { IpcChannel } from '../common/ipcChannels';
import {
  APP_ENTRY,
  APP_ORIGIN,
  APP_SCHEME,
  createAppRequestHandler,
  registerAppScheme,
} from './appProtocol';
import { DesktopFiles } from './files';
import { registerIpcHandlers } from './ipc';
import { applyDocumentState, createMainWindow } from './mainWindow';
import { menuTemplate } from './menu';
import { printToPdf, ReportPages } from './printToPdf';
import { RecentFiles } from './recentFiles';
import { blockNetwork, hardenApp, isTrustedSender, type TrustedOrigins } from './security';

const here = dirname(fileURLToPath(import.meta.url));
// `electron-vite dev` serves the renderer over http; everything else loads app://.
const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const trusted: TrustedOrigins = {
  origins: devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN],
};

app.setName('Namesake');
registerAppScheme(protocol);
hardenApp(app);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preload: join(here, '../preload/index.cjs'),
    url: devServer ?? APP_ENTRY,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

function sendMenuCommand(command: MenuCommand, path?: string): void {
  const window = BrowserWindow.getFocusedWindow() ?? mainWindow;
  window?.webContents.send(IpcChannel.menuCommand, command, path);
}

void app.whenReady().then(() => {
  blockNetwork(session.defaultSession, trusted);
  const reports = new ReportPages();
  protocol.handle(
    APP_SCHEME,
    createAppRequestHandler({
      root: join(here, '../renderer'),
      memoryPage: (pathname) => reports.get(pathname),
    }),
  );

  const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
  const files = new DesktopFiles(recent, (path) => app.addRecentDocument(path));
  const buildMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          appName: app.getName(),
          platform: process.platform,
          recentFiles: recent.list(),
          devTools: !app.isPackaged,
          send: sendMenuCommand,
          clearRecentFiles: () => {
            recent.clear();
            app.clearRecentDocuments();
          },
        }),
      ),
    );
  recent.onChange(buildMenu);
  buildMenu();

  registerIpcHandlers(
    ipcMain,
    {
      appVersion: () => app.getVersion(),
      openTextFile: (sender, options) => files.openTextFile(sender, options),
      openRecentFile: (sender, path) => files.openRecentFile(sender, path),
      recentFiles: () => recent.list(),
      saveFile: (sender, options) => files.saveFile(sender, options),
      printToPdf: (html) => printToPdf(reports, html),
      setDocumentState: (sender, state) => {
        const window = BrowserWindow.fromWebContents(sender);
        if (window) applyDocumentState(window, state);
      },
    },
    (event) => isTrustedSender(event, trusted),
  );

  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
