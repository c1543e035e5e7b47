/**
 * Exposes the DesktopApi contract, and nothing else, to the renderer: each member is one named
 * IPC call that the main process validates (never ipcRenderer itself).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopApi, MenuCommand, OpenedFile } from '../../renderer/src/desktopApi';
import { IpcChannel } from '../common/ipcChannels';

const api: DesktopApi = {
  platform: 'electron',
  appVersion: () => ipcRenderer.invoke(IpcChannel.appVersion) as Promise<string>,
  openTextFile: (options) =>
    ipcRenderer.invoke(IpcChannel.openTextFile, options) as Promise<OpenedFile | null>,
  openRecentFile: (path) =>
    ipcRenderer.invoke(IpcChannel.openRecentFile, path) as Promise<OpenedFile | null>,
  recentFiles: () => ipcRenderer.invoke(IpcChannel.recentFiles) as Promise<string[]>,
  saveFile: (options) => ipcRenderer.invoke(IpcChannel.saveFile, options) as Promise<string | null>,
  printToPdf: (html) =>
    ipcRenderer.invoke(IpcChannel.printToPdf, html) as Promise<Uint8Array | null>,
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand, path?: string) =>
      listener(command, path);
    ipcRenderer.on(IpcChannel.menuCommand, handler);
    return () => ipcRenderer.removeListener(IpcChannel.menuCommand, handler);
  },
  setDocumentState: (state) => ipcRenderer.send(IpcChannel.setDocumentState, state),
};

contextBridge.exposeInMainWorld('namesakeDesktop', api);
