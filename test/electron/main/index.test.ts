// The shell's wiring, with every Electron API faked: what happens before the app is ready
// (privileged scheme, sandbox, hardening) and after (protocol, network block, IPC, menu, window).
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../../electron/common/ipcChannels';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const calls: string[] = [];
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
    webContents = { send: vi.fn() };
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    maximize() {}
    loadURL(url: string) {
      (this as { url?: string }).url = url;
      return Promise.resolve();
    }
  }
  const appEvents = new Map<string, Listener>();
  const api = {
    app: {
      isPackaged: true,
      setName: vi.fn(),
      getName: () => 'Namesake',
      getVersion: () => '0.1.0',
      getPath: () => '/tmp/namesake-index-test',
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      whenReady: () => whenReady,
      on: (name: string, fn: Listener) => appEvents.set(name, fn),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      quit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: {
      defaultSession: { webRequest: { onBeforeRequest: vi.fn() } },
    },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [],
    },
    dialog: {},
    BrowserWindow,
  };
  return { api, ready, calls, windows, appEvents };
});
vi.mock('electron', () => electron.api);

describe('the shell', () => {
  it('prepares the scheme and the sandbox before ready, then serves, blocks, answers and opens', async () => {
    await import('../../../electron/main/index');
    const { api } = electron;
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(electron.appEvents.has('web-contents-created')).toBe(true);
    expect(api.protocol.handle).not.toHaveBeenCalled();

    electron.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    expect(api.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(api.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(api.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual(
      [
        IpcChannel.appVersion,
        IpcChannel.openTextFile,
        IpcChannel.openRecentFile,
        IpcChannel.recentFiles,
        IpcChannel.saveFile,
        IpcChannel.printToPdf,
      ].sort(),
    );
    expect(api.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.windows[0]?.url).toBe('app://namesake/index.html');
    expect(electron.windows[0]?.options['webPreferences']).toMatchObject({
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/) as unknown,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});
