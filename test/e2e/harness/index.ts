/**
 * The end-to-end harness: the built web app (dist/web) served on 127.0.0.1, opened in Debian's
 * Chromium with the fake DesktopApi, every request of the page and its workers recorded.
 *
 * Usage, in a test/e2e/<name>.e2e.ts file (run by `npm run test:e2e`, after `npm run build:web`):
 *
 *   let app: AppHarness;
 *   beforeAll(async () => { app = await startApp(); });      // one server + browser per file
 *   afterAll(() => app.close());
 *
 *   it('runs a preset', async () => {
 *     const view = await app.open({ fake: { openFiles: [{ name: 's.json', path: null, text }] } });
 *     await view.page.getByRole('button', { name: 'Run' }).click();
 *     await menu(view.page, 'exportManifest');              // as the desktop's File menu would
 *     expect(await savedText(view.page, 'manifest.json')).toContain('"seed"');
 *     await screenshot(view.page, 'results');               // docs/screenshots/results.png
 *     await view.close();                                   // throws if a request left the origin
 *   });
 *
 * `view.close()` fails the test when any request went outside the app's origin; call
 * `view.assertNoOutsideRequests()` to check earlier. `view.errors` holds page errors and
 * console errors.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MenuCommand, OpenedFile } from '../../../renderer/src/desktopApi';
import type { FakeDesktopOptions, SavedFile } from '../../../renderer/src/desktop/fakeDesktopApi';
import { launchChromium } from './chromium';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './staticServer';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_BUILD = join(REPO_ROOT, 'dist/web');
export const SCREENSHOTS = join(REPO_ROOT, 'docs/screenshots');

/** One request the page or one of its workers made. */
export interface RecordedRequest {
  url: string;
  method: string;
  /** Playwright's resource type ("document", "script", "fetch"…), or "worker" for a worker's start. */
  resourceType: string;
}

export interface AppView {
  page: Page;
  context: BrowserContext;
  /** Every request so far, in order. */
  readonly requests: RecordedRequest[];
  /** Page errors and console errors so far. */
  readonly errors: string[];
  /** The requests that left the app's origin (data: and blob: URLs stay inside). */
  outsideRequests(): RecordedRequest[];
  /** Throws, listing them, if any request left the app's origin. */
  assertNoOutsideRequests(): void;
  /** Closes the page's context, then asserts that no request left the app's origin. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Configures the fake DesktopApi (files to open, version, PDF support). */
  fake?: FakeDesktopOptions;
  /** Extra query parameters, e.g. { preset: 'irs-ice' }; `desktop=fake` is always set. */
  query?: Record<string, string>;
  /** Default: 1280 × 800, so screenshots have one size. */
  viewport?: { width: number; height: number };
}

export interface AppHarness {
  /** The app's origin, e.g. "http://127.0.0.1:41234". */
  readonly origin: string;
  readonly browser: Browser;
  /** Opens the app in a fresh browser context and waits for its page to load. */
  open(options?: OpenOptions): Promise<AppView>;
  close(): Promise<void>;
}

export interface StartOptions extends StaticServerOptions {
  /** The folder to serve. Default: dist/web, which must have been built. */
  root?: string;
}

export async function startApp(options: StartOptions = {}): Promise<AppHarness> {
  const root = options.root ?? WEB_BUILD;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No web build in ${root}: run \`npm run build:web\` first.`);
  }
  const server = await startStaticServer(root, options);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    origin: server.origin,
    browser,
    open: (openOptions) => openView(browser, server, openOptions),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** True for URLs that stay inside `origin`: its own, and in-memory data: and blob: URLs. */
export function isInsideOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function openView(
  browser: Browser,
  server: StaticServer,
  options: OpenOptions = {},
): Promise<AppView> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: false,
    serviceWorkers: 'block',
  });
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  const inside = (url: string) => isInsideOrigin(url, server.origin);

  // Outside requests are recorded, then aborted so that no test waits on the closed network.
  await context.route('**/*', (route) =>
    inside(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  // The context's request event covers the page and its dedicated workers, nested ones too.
  context.on('request', (request) =>
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
    }),
  );
  const page = await context.newPage();
  page.on('websocket', (socket) =>
    requests.push({ url: socket.url(), method: 'GET', resourceType: 'websocket' }),
  );
  page.on('worker', (worker) =>
    requests.push({ url: worker.url(), method: 'GET', resourceType: 'worker' }),
  );
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  if (options.fake) {
    await context.addInitScript((fake) => {
      window.__namesakeFakeInit = fake;
    }, options.fake);
  }

  const query = new URLSearchParams({ ...options.query, desktop: 'fake' });
  try {
    await page.goto(`${server.origin}/index.html?${query}`, { waitUntil: 'load' });
  } catch (error) {
    await context.close();
    throw error;
  }

  const outsideRequests = () => requests.filter((request) => !inside(request.url));
  const assertNoOutsideRequests = () => {
    const outside = outsideRequests();
    if (outside.length > 0) {
      const list = outside.map((r) => `  ${r.method} ${r.url} (${r.resourceType})`);
      throw new Error(`Requests left the app's origin ${server.origin}:\n${list.join('\n')}`);
    }
  };
  return {
    page,
    context,
    requests,
    errors,
    outsideRequests,
    assertNoOutsideRequests,
    close: async () => {
      await context.close();
      assertNoOutsideRequests();
    },
  };
}

/** Waits until the app has created its DesktopApi (the fake's control is on the window). */
export async function fakeReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__namesakeTest !== undefined);
}

/** Sends a menu command as the desktop shell's menus do (`path` for 'openRecent'). */
export async function menu(page: Page, command: MenuCommand, path?: string): Promise<void> {
  await fakeReady(page);
  await page.evaluate(([c, p]) => window.__namesakeTest?.menu(c, p), [command, path] as const);
}

/** The text of the last file the app saved under this name (bytes decoded as UTF-8), or null. */
export async function savedText(page: Page, name: string): Promise<string | null> {
  await fakeReady(page);
  return page.evaluate((n) => window.__namesakeTest?.savedText(n) ?? null, name);
}

/** The bytes of the last file the app saved under this name, or null. */
export async function savedBytes(page: Page, name: string): Promise<Buffer | null> {
  await fakeReady(page);
  const base64 = await page.evaluate((n) => window.__namesakeTest?.savedBase64(n) ?? null, name);
  return base64 === null ? null : Buffer.from(base64, 'base64');
}

/** Every file saved so far: names and paths, in order. */
export async function savedFiles(page: Page): Promise<Pick<SavedFile, 'name' | 'path'>[]> {
  await fakeReady(page);
  return page.evaluate(
    () => window.__namesakeTest?.saved.map(({ name, path }) => ({ name, path })) ?? [],
  );
}

/** Makes the app's next "open file" dialog answer this file. */
export async function queueOpenFile(page: Page, file: OpenedFile): Promise<void> {
  await fakeReady(page);
  await page.evaluate((f) => window.__namesakeTest?.queueOpenFile(f), file);
}

/** Saves a screenshot of the page as docs/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`Screenshot names are lower-case words with hyphens: "${name}"`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}
