/**
 * The IPC channel of each DesktopApi member, shared by the preload (which calls them) and the
 * main process (which validates and answers them), so the two cannot drift apart.
 */
export const IpcChannel = {
  appVersion: 'app:version',
  openTextFile: 'file:openText',
  openRecentFile: 'file:openRecent',
  recentFiles: 'file:recent',
  saveFile: 'file:save',
  printToPdf: 'report:pdf',
  setDocumentState: 'window:documentState',
  /** Main → renderer: a menu command (and, for 'openRecent', the file's path). */
  menuCommand: 'menu:command',
} as const;
export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];
