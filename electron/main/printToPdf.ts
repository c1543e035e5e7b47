/**
 * The report as PDF: the renderer's report HTML is served from memory at an app:// path with a
 * policy that allows no scripts and nothing from outside, loaded in a hidden window without a
 * preload or JavaScript, and printed with Chromium's printToPDF.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, type MemoryPage } from './appProtocol';
import { secureWebPreferences } from './security';

/** The report is static: inline styles and inline or data: images only. */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const REPORT_PATH_PREFIX = '/__report/';

/** The report pages being printed, by URL path; the app:// handler serves them. */
export class ReportPages {
  private readonly pages = new Map<string, MemoryPage>();

  add(html: string): string {
    const path = `${REPORT_PATH_PREFIX}${randomUUID()}.html`;
    this.pages.set(path, { html, contentSecurityPolicy: REPORT_CONTENT_SECURITY_POLICY });
    return path;
  }

  get(pathname: string): MemoryPage | undefined {
    return this.pages.get(pathname);
  }

  delete(path: string): void {
    this.pages.delete(path);
  }
}

export async function printToPdf(pages: ReportPages, html: string): Promise<Uint8Array> {
  const path = pages.add(html);
  const window = new BrowserWindow({
    show: false,
    // Hidden, never shown: printToPDF renders it off screen. No preload, no scripts.
    webPreferences: { ...secureWebPreferences(), javascript: false },
  });
  try {
    await window.loadURL(`${APP_ORIGIN}${path}`);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    pages.delete(path);
  }
}
