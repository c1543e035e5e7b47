import { describe, expect, it, vi } from 'vitest';
import { createFakeDesktopApi } from '../../../renderer/src/desktop/fakeDesktopApi';
import { APP_VERSION } from '../../../renderer/src/desktop/appVersion';

describe('the fake DesktopApi', () => {
  it('records every saved file, text and bytes alike', async () => {
    const { api, control } = createFakeDesktopApi();
    expect(api.platform).toBe('test');
    expect(await api.saveFile({ suggestedName: 'a.json', filters: [], data: '{"v":1}' })).toBe(
      '/fake/a.json',
    );
    await api.saveFile({
      suggestedName: 'a.json',
      filters: [],
      data: '{"v":2}',
      path: '/x/a.json',
    });
    await api.saveFile({
      suggestedName: 'pairs.csv',
      filters: [],
      data: new TextEncoder().encode('é,b\n'),
    });
    expect(control.saved.map((f) => [f.name, f.path])).toEqual([
      ['a.json', '/fake/a.json'],
      ['a.json', '/x/a.json'],
      ['pairs.csv', '/fake/pairs.csv'],
    ]);
    expect(control.savedText('a.json')).toBe('{"v":2}');
    expect(control.savedText('pairs.csv')).toBe('é,b\n');
    expect(atob(control.savedBase64('pairs.csv') ?? '')).toBe('\u00c3\u00a9,b\n');
    expect(control.savedText('missing.json')).toBeNull();
  });

  it('opens the files it was given, in order, then cancels', async () => {
    const { api, control } = createFakeDesktopApi({
      openFiles: [{ name: 's.json', path: null, text: '{}' }],
    });
    control.queueOpenFile({ name: 't.json', path: '/t.json', text: '[]' });
    expect(await api.openTextFile({ title: 'Open', filters: [] })).toEqual({
      name: 's.json',
      path: '/fake/s.json',
      text: '{}',
    });
    expect((await api.openTextFile({ title: 'Open', filters: [] }))?.path).toBe('/t.json');
    expect(await api.openTextFile({ title: 'Open', filters: [] })).toBeNull();
    expect(await api.recentFiles()).toEqual(['/t.json', '/fake/s.json']);
  });

  it('reopens recent and saved files, and drops unknown ones', async () => {
    const { api } = createFakeDesktopApi({
      recentFiles: [
        { name: 'new.json', path: '/new.json', text: 'n' },
        { name: 'old.json', path: '/old.json', text: 'o' },
      ],
    });
    expect(await api.recentFiles()).toEqual(['/new.json', '/old.json']);
    expect((await api.openRecentFile('/old.json'))?.text).toBe('o');
    await api.saveFile({ suggestedName: 'saved.json', filters: [], data: 's' });
    expect((await api.openRecentFile('/fake/saved.json'))?.text).toBe('s');
    expect(await api.openRecentFile('/nowhere.json')).toBeNull();
  });

  it('sends menu commands to subscribers until they unsubscribe', () => {
    const { api, control } = createFakeDesktopApi();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    control.menu('openRecent', '/a.json');
    control.menu('about');
    unsubscribe();
    control.menu('save');
    expect(listener.mock.calls).toEqual([
      ['openRecent', '/a.json'],
      ['about', undefined],
    ]);
  });

  it('prints a PDF as the desktop does (or not, as the web does), keeping the HTML', async () => {
    const desktop = createFakeDesktopApi();
    const pdf = await desktop.api.printToPdf('<h1>Report</h1>');
    expect(new TextDecoder().decode(pdf ?? new Uint8Array()).startsWith('%PDF-')).toBe(true);
    expect(desktop.control.printedHtml).toEqual(['<h1>Report</h1>']);
    expect(await createFakeDesktopApi({ pdf: false }).api.printToPdf('<p/>')).toBeNull();
  });

  it('reports its version and the document state', async () => {
    const { api, control } = createFakeDesktopApi({ version: '9.9.9' });
    expect(await api.appVersion()).toBe('9.9.9');
    expect(await createFakeDesktopApi().api.appVersion()).toBe(APP_VERSION);
    expect(control.documentState).toBeNull();
    api.setDocumentState({ name: 'x.json', dirty: true });
    expect(control.documentState).toEqual({ name: 'x.json', dirty: true });
  });
});
