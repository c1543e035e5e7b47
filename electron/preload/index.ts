/** Exposes the DesktopApi contract, and nothing else, to the renderer. */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../../renderer/src/desktopApi';

const api: DesktopApi = {
  platform: 'electron',
  appVersion: () => ipcRenderer.invoke('app:version') as Promise<string>,
};

contextBridge.exposeInMainWorld('namesakeDesktop', api);
