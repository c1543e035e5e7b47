/**
 * Exposes the DesktopApi contract, and nothing else, to the renderer: each member is one named
 * IPC call that the main process validates (never ipcRenderer itself).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, MenuCommand, OpenedFile } from '../../renderer/src/desktopApi';

const api: DesktopApi = {
  platform: 'electron',
  appVersion: () => ipcRenderer.invoke('app:version') as Promise<string>,
  openTextFile: (options) =>
    ipcRenderer.invoke('file:openText', options) as Promise<OpenedFile | null>,
  openRecentFile: (path) =>
    ipcRenderer.invoke('file:openRecent', path) as Promise<OpenedFile | null>,
  recentFiles: () => ipcRenderer.invoke('file:recent') as Promise<string[]>,
  saveFile: (options) => ipcRenderer.invoke('file:save', options) as Promise<string | null>,
  printToPdf: (html) => ipcRenderer.invoke('report:pdf', html) as Promise<Uint8Array | null>,
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu:command', handler);
    return () => ipcRenderer.removeListener('menu:command', handler);
  },
  setDocumentState: (state) => ipcRenderer.send('window:documentState', state),
};

contextBridge.exposeInMainWorld('namesakeDesktop', api);
