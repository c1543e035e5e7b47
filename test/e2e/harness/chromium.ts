/**
 * Debian's Chromium, driven by playwright-core (which downloads no browser of its own). Missing
 * Chromium is an error, never a skip: .ci/run installs it, and a developer can point
 * NAMESAKE_CHROMIUM at another Chromium or Chrome.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * The flags of every launch. The background-networking ones keep Chromium from calling home
 * (the closed network refuses it); the host resolver rule makes any outside request fail at
 * once instead of waiting on the network — the tests still see and report it.
 * Playwright adds `--headless` and a fresh `--user-data-dir` (a new temporary profile per launch).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function findChromium(): string {
  const configured = process.env['NAMESAKE_CHROMIUM'];
  if (configured) return configured;
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  throw new Error(
    'End-to-end tests need Chromium and found none on PATH. Install it ' +
      '(Debian/Ubuntu: apt-get install -y --no-install-recommends chromium) or set ' +
      'NAMESAKE_CHROMIUM to a Chromium or Chrome executable.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_FLAGS,
  });
}
