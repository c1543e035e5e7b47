import { describe, expect, it, vi } from 'vitest';
import {
  REPORT_CONTENT_SECURITY_POLICY,
  ReportPages,
  printToPdf,
} from '../../../electron/main/printToPdf';

const electron = vi.hoisted(() => {
  const created: {
    options: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    destroy: ReturnType<typeof vi.fn>;
  }[] = [];
  class BrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    destroy = vi.fn();
    webContents = { printToPDF: vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7'))) };
    constructor(public options: unknown) {
      created.push(this);
    }
  }
  return { BrowserWindow, created };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

describe('printToPdf', () => {
  it('prints the report from memory in a hidden window without scripts, then forgets it', async () => {
    const pages = new ReportPages();
    const pdf = await printToPdf(pages, '<h1>Report</h1>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');

    const window = electron.created[0];
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true },
    });
    expect(window?.options).not.toHaveProperty('webPreferences.preload');
    const url = window?.loadURL.mock.calls[0]?.[0] as unknown as string;
    expect(url).toMatch(/^app:\/\/namesake\/__report\/[0-9a-f-]{36}\.html$/);
    expect(window?.destroy).toHaveBeenCalled();
    expect(pages.get(new URL(url).pathname)).toBeUndefined();
  });

  it('serves a report page with a policy that allows no scripts or outside resources', () => {
    const pages = new ReportPages();
    const page = pages.get(pages.add('<p>x</p>'));
    expect(page).toEqual({
      html: '<p>x</p>',
      contentSecurityPolicy: REPORT_CONTENT_SECURITY_POLICY,
    });
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toContain('script-src');
  });
});
