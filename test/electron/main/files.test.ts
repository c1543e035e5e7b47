import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesktopFiles } from '../../../electron/main/files';
import { RecentFiles } from '../../../electron/main/recentFiles';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 1 })) },
}));
vi.mock('electron', () => electron);

const folder = mkdtempSync(join(tmpdir(), 'namesake-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const sender = {} as WebContents;
const scenario = join(folder, 'scenario.json');
writeFileSync(scenario, '{"seed":7}');

let recent: RecentFiles;
let files: DesktopFiles;
beforeEach(() => {
  vi.clearAllMocks();
  rmSync(join(folder, 'recent.json'), { force: true });
  recent = new RecentFiles(join(folder, 'recent.json'));
  files = new DesktopFiles(recent);
});

describe('DesktopFiles', () => {
  it('opens the file the user picks and remembers it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [scenario] });
    const filters = [{ name: 'Scenario', extensions: ['json'] }];
    expect(await files.openTextFile(sender, { title: 'Open scenario', filters })).toEqual({
      name: 'scenario.json',
      path: scenario,
      text: '{"seed":7}',
    });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      { id: 1 },
      { title: 'Open scenario', filters, properties: ['openFile'] },
    );
    expect(recent.list()).toEqual([scenario]);
  });

  it('answers null when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await files.openTextFile(sender, { title: 'Open', filters: [] })).toBeNull();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(
      await files.saveFile(sender, { suggestedName: 'a.json', filters: [], data: '{}' }),
    ).toBeNull();
  });

  it('reopens recent files only, and drops one that is gone', async () => {
    expect(await files.openRecentFile(sender, scenario)).toBeNull();
    recent.add(scenario);
    expect((await files.openRecentFile(sender, scenario))?.text).toBe('{"seed":7}');
    const gone = join(folder, 'gone.json');
    recent.add(gone);
    expect(await files.openRecentFile(sender, gone)).toBeNull();
    expect(recent.list()).toEqual([scenario]);
  });

  it('saves where the user picks; exports stay out of the recent files', async () => {
    const pairs = join(folder, 'pairs.csv');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: pairs });
    const data = new TextEncoder().encode('a,b\n');
    expect(await files.saveFile(sender, { suggestedName: 'pairs.csv', filters: [], data })).toBe(
      pairs,
    );
    expect(readFileSync(pairs, 'utf8')).toBe('a,b\n');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      { id: 1 },
      { defaultPath: 'pairs.csv', filters: [] },
    );
    expect(recent.list()).toEqual([]);
  });

  it('saves straight to a file chosen earlier (Save), but asks for any other path', async () => {
    const chosen = join(folder, 'mine.json');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await files.saveFile(sender, { suggestedName: 'mine.json', filters: [], data: '1' });
    expect(recent.list()).toEqual([chosen]);

    electron.dialog.showSaveDialog.mockClear();
    await files.saveFile(sender, {
      suggestedName: 'mine.json',
      filters: [],
      data: '2',
      path: chosen,
    });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readFileSync(chosen, 'utf8')).toBe('2');

    const elsewhere = join(folder, 'not-chosen.json');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(
      await files.saveFile(sender, {
        suggestedName: 'x.json',
        filters: [],
        data: 'evil',
        path: elsewhere,
      }),
    ).toBeNull();
    expect(electron.dialog.showSaveDialog).toHaveBeenCalled();
    expect(existsSync(elsewhere)).toBe(false);
  });
});
