import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuContext } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../renderer/src/desktopApi';

vi.mock('electron', () => ({}));

function build(overrides: Partial<MenuContext> = {}) {
  const sent: [MenuCommand, string | undefined][] = [];
  const context: MenuContext = {
    appName: 'Namesake',
    platform: 'linux',
    recentFiles: [],
    devTools: false,
    send: (command, path) => sent.push([command, path]),
    clearRecentFiles: vi.fn(),
    ...overrides,
  };
  return { template: menuTemplate(context), sent, context };
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((i) => i.label === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu ${label}`);
  return item.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as () => void)();
}

describe('the application menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(build().template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each([
    ['New', 'new', 'CmdOrCtrl+N'],
    ['Open Scenario…', 'open', 'CmdOrCtrl+O'],
    ['Save', 'save', 'CmdOrCtrl+S'],
    ['Save As…', 'saveAs', 'Shift+CmdOrCtrl+S'],
  ] as const)('File → %s sends %s', (label, command, accelerator) => {
    const { template, sent } = build();
    const entry = item(submenu(template, 'File'), label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(sent).toEqual([[command, undefined]]);
  });

  it.each([
    ['Report…', 'exportReport'],
    ['Run Manifest…', 'exportManifest'],
    ['Matched Pairs (CSV)…', 'exportPairs'],
    ['Funnel Chart…', 'exportFunnel'],
  ] as const)('File → Export → %s sends %s', (label, command) => {
    const { template, sent } = build();
    click(item(submenu(submenu(template, 'File'), 'Export'), label));
    expect(sent).toEqual([[command, undefined]]);
  });

  it('lists recent files, each sending openRecent with its path, and can clear them', () => {
    const { template, sent, context } = build({ recentFiles: ['/s/a.json', '/s/b.json'] });
    const recent = submenu(submenu(template, 'File'), 'Open Recent');
    click(item(recent, 'b.json — /s/b.json'));
    expect(sent).toEqual([['openRecent', '/s/b.json']]);
    click(item(recent, 'Clear Recent Files'));
    expect(context.clearRecentFiles).toHaveBeenCalled();
    expect(recent[0]?.label).toBe('a.json — /s/a.json');
  });

  it('says when there are no recent files', () => {
    const recent = submenu(submenu(build().template, 'File'), 'Open Recent');
    expect(recent).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('Help → About sends about', () => {
    const { template, sent } = build();
    click(item(submenu(template, 'Help'), 'About Namesake'));
    expect(sent).toEqual([['about', undefined]]);
  });

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) =>
      submenu(build({ devTools }).template, 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('on macOS, has the application menu with About and Quit', () => {
    const { template, sent } = build({ platform: 'darwin' });
    expect(template.map((i) => i.label ?? i.role)).toEqual([
      'Namesake',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appMenu = submenu(template, 'Namesake');
    click(item(appMenu, 'About Namesake'));
    expect(sent).toEqual([['about', undefined]]);
    expect(appMenu.map((i) => i.role)).toContain('quit');
    expect(submenu(template, 'File').map((i) => i.role)).not.toContain('quit');
  });
});
