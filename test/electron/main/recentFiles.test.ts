import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  MAX_RECENT_FILES,
  RecentFiles,
  addRecentFile,
  parseRecentFiles,
  removeRecentFile,
} from '../../../electron/main/recentFiles';

vi.mock('electron', () => ({}));

const folder = mkdtempSync(join(tmpdir(), 'namesake-recent-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the recent files list', () => {
  it('puts the newest first without duplicates', () => {
    expect(addRecentFile(['/a.json', '/b.json'], '/b.json')).toEqual(['/b.json', '/a.json']);
    expect(addRecentFile(['/a.json'], '/c/../b.json')).toEqual(['/b.json', '/a.json']);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_FILES + 3; i++) list = addRecentFile(list, `/s${i}.json`);
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe(`/s${MAX_RECENT_FILES + 2}.json`);
    expect(list).not.toContain('/s0.json');
  });

  it('removes an entry', () => {
    expect(removeRecentFile(['/a.json', '/b.json'], '/a.json')).toEqual(['/b.json']);
  });

  it('reads only absolute paths from a well-formed file', () => {
    expect(
      parseRecentFiles({
        version: 1,
        files: ['/a.json', 'relative.json', '', '/a.json', '/b.json'],
      }),
    ).toEqual(['/a.json', '/b.json']);
    expect(parseRecentFiles({ version: 2, files: ['/a.json'] })).toEqual([]);
    expect(parseRecentFiles({ files: [1, 2] })).toEqual([]);
    expect(parseRecentFiles(undefined)).toEqual([]);
  });
});

describe('RecentFiles', () => {
  it('persists changes as JSON and tells listeners', () => {
    const store = join(folder, 'recent-files.json');
    const recent = new RecentFiles(store);
    const heard: (readonly string[])[] = [];
    recent.onChange((files) => heard.push(files));
    recent.add('/x/scenario.json');
    recent.add('/x/model.json');
    recent.add('/x/model.json');
    expect(heard).toEqual([['/x/scenario.json'], ['/x/model.json', '/x/scenario.json']]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({
      version: 1,
      files: ['/x/model.json', '/x/scenario.json'],
    });
    expect(new RecentFiles(store).list()).toEqual(['/x/model.json', '/x/scenario.json']);
    recent.remove('/x/model.json');
    expect(recent.has('/x/model.json')).toBe(false);
    recent.clear();
    expect(new RecentFiles(store).list()).toEqual([]);
  });

  it('starts empty from a missing or corrupt file', () => {
    const corrupt = join(folder, 'corrupt.json');
    writeFileSync(corrupt, '{"version":1,"files":[');
    expect(new RecentFiles(corrupt).list()).toEqual([]);
    expect(new RecentFiles(join(folder, 'missing.json')).list()).toEqual([]);
  });
});
