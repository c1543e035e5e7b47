/**
 * The desktop shell: one window with the renderer, hardened. Menus, dialogs, files and the
 * app:// protocol arrive with issue #5; until then this only opens the web app securely.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { secureWebPreferences, hardenApp } from './security';

const here = dirname(fileURLToPath(import.meta.url));

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    title: 'Namesake',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(here, '../renderer/index.html'));
}

hardenApp(app);
ipcMain.handle('app:version', () => app.getVersion());
void app.whenReady().then(createWindow);
app.on('window-all-closed', () => app.quit());
