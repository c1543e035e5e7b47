import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../../electron/common/ipcChannels';
import {
  UntrustedSenderError,
  registerIpcHandlers,
  type DesktopHandlers,
} from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/security';

vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, argument?: unknown) => unknown;

function setUp() {
  const invokes = new Map<string, Handler>();
  const sends = new Map<string, Handler>();
  const ipc = {
    handle: (channel: string, fn: Handler) => invokes.set(channel, fn),
    on: (channel: string, fn: Handler) => sends.set(channel, fn),
  } as unknown as IpcMain;
  const handlers: DesktopHandlers = {
    appVersion: vi.fn(() => '1.2.3'),
    openTextFile: vi.fn(() => Promise.resolve(null)),
    openRecentFile: vi.fn(() => Promise.resolve(null)),
    recentFiles: vi.fn(() => ['/a.json']),
    saveFile: vi.fn(() => Promise.resolve('/saved.json')),
    printToPdf: vi.fn(() => Promise.resolve(new Uint8Array([37]))),
    setDocumentState: vi.fn(),
  };
  registerIpcHandlers(ipc, handlers, (event) =>
    isTrustedSender(event, { origins: ['app://namesake'] }),
  );
  return { invokes, sends, handlers };
}

const sender = {} as WebContents;
const from = (url: string) =>
  ({ sender, senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;
const app = from('app://namesake/index.html');
const evil = from('https://evil.example/');

describe('the IPC handlers', () => {
  it('answer every DesktopApi channel', () => {
    const { invokes, sends } = setUp();
    expect([...invokes.keys(), ...sends.keys()].sort()).toEqual(
      Object.values(IpcChannel)
        .filter((c) => c !== IpcChannel.menuCommand)
        .sort(),
    );
  });

  it.each([
    [IpcChannel.appVersion, undefined],
    [IpcChannel.recentFiles, undefined],
    [IpcChannel.openTextFile, { title: 'Open', filters: [] }],
    [IpcChannel.openRecentFile, '/a.json'],
    [IpcChannel.saveFile, { suggestedName: 'a.json', filters: [], data: '{}' }],
    [IpcChannel.printToPdf, '<p>report</p>'],
  ])('refuse %s from a page that is not the app', async (channel, argument) => {
    const { invokes, handlers } = setUp();
    await expect(async () => invokes.get(channel)?.(evil, argument)).rejects.toThrow(
      UntrustedSenderError,
    );
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled();
  });

  it('answer the app page', async () => {
    const { invokes, handlers } = setUp();
    expect(await invokes.get(IpcChannel.appVersion)?.(app)).toBe('1.2.3');
    expect(await invokes.get(IpcChannel.recentFiles)?.(app)).toEqual(['/a.json']);
    const bytes = new Uint8Array([1, 2]);
    await invokes.get(IpcChannel.saveFile)?.(app, {
      suggestedName: 'pairs.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: bytes,
    });
    expect(handlers.saveFile).toHaveBeenCalledWith(sender, {
      suggestedName: 'pairs.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: bytes,
    });
  });

  it.each([
    [IpcChannel.openTextFile, { title: 'Open' }],
    [IpcChannel.openTextFile, { title: 'Open', filters: [{ name: 'x', extensions: ['../x'] }] }],
    [IpcChannel.openRecentFile, 42],
    [IpcChannel.saveFile, { suggestedName: '../../.bashrc', filters: [], data: '' }],
    [IpcChannel.saveFile, { suggestedName: 'a.json', filters: [], data: { not: 'bytes' } }],
    [IpcChannel.printToPdf, null],
  ])('refuse a malformed %s request', async (channel, argument) => {
    const { invokes, handlers } = setUp();
    await expect(async () => invokes.get(channel)?.(app, argument)).rejects.toThrow();
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled();
  });

  it('set the document state for the app page only, and ignore malformed states', () => {
    const { sends, handlers } = setUp();
    const send = sends.get(IpcChannel.setDocumentState);
    send?.(evil, { name: 'x', dirty: true });
    send?.(app, { name: 'x', dirty: 'yes' });
    expect(handlers.setDocumentState).not.toHaveBeenCalled();
    send?.(app, { name: 'scenario.json', dirty: true });
    expect(handlers.setDocumentState).toHaveBeenCalledWith(sender, {
      name: 'scenario.json',
      dirty: true,
    });
  });
});
