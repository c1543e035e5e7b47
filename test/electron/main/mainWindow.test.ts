import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { applyDocumentState, createMainWindow } from '../../../electron/main/mainWindow';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const created: FakeWindow[] = [];
  class FakeWindow {
    listeners = new Map<string, Listener>();
    maximize = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      created.push(this);
    }
    on(name: string, fn: Listener) {
      this.listeners.set(name, fn);
      return this;
    }
    once(name: string, fn: Listener) {
      return this.on(name, fn);
    }
    getNormalBounds() {
      return { x: 30, y: 40, width: 1100, height: 760 };
    }
    isMaximized() {
      return false;
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
  const screen = {
    getPrimaryDisplay: () => ({ workArea }),
    getAllDisplays: () => [{ workArea }],
  };
  return { BrowserWindow: FakeWindow, screen, created };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, screen: electron.screen }));

const folder = mkdtempSync(join(tmpdir(), 'namesake-window-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the main window', () => {
  it('reopens where it was and remembers where it is when it closes', () => {
    const stateFile = join(folder, 'window-state.json');
    writeFileSync(
      stateFile,
      JSON.stringify({ version: 1, x: 100, y: 80, width: 1300, height: 900, maximized: true }),
    );
    createMainWindow({ preload: '/p.cjs', url: 'app://namesake/index.html', stateFile });
    const window = electron.created.at(-1);
    expect(window?.options).toMatchObject({ x: 100, y: 80, width: 1300, height: 900, show: false });
    expect(window?.options['webPreferences']).toMatchObject({ preload: '/p.cjs', sandbox: true });
    expect(window?.maximize).toHaveBeenCalled();
    expect(window?.loadURL).toHaveBeenCalledWith('app://namesake/index.html');

    window?.listeners.get('close')?.();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      version: 1,
      x: 30,
      y: 40,
      width: 1100,
      height: 760,
      maximized: false,
    });
  });

  it('opens centred at the default size without a saved state', () => {
    createMainWindow({
      preload: '/p.cjs',
      url: 'app://namesake/',
      stateFile: join(folder, 'none.json'),
    });
    const options = electron.created.at(-1)?.options;
    expect(options).not.toHaveProperty('x');
    expect(options).toMatchObject({ width: 1280, height: 820 });
  });

  it('shows the document in the title', () => {
    const window = new electron.BrowserWindow({});
    applyDocumentState(window as never, { name: 'irs-ice.json', dirty: true });
    expect(window.setTitle).toHaveBeenCalledWith('• irs-ice.json — Namesake');
    expect(window.setDocumentEdited).toHaveBeenCalledWith(true);
    applyDocumentState(window as never, { name: 'irs-ice.json', dirty: false });
    expect(window.setTitle).toHaveBeenLastCalledWith('irs-ice.json — Namesake');
  });
});
