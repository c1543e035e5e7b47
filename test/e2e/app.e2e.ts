// The app as a whole: it loads with no request leaving its origin, and About (the Help menu's
// command on the desktop) shows the version. Saves the Start screen's screenshot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, menu, screenshot, startApp, type AppHarness } from './harness';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.close());

describe('the app', () => {
  it('loads without a request leaving its origin, and About shows the version', async () => {
    const view = await app.open();
    await view.page.locator('#root *').first().waitFor();
    await view.page.waitForLoadState('networkidle');
    await screenshot(view.page, 'start');

    await menu(view.page, 'about');
    const about = view.page.getByRole('dialog');
    await expect.poll(() => about.textContent(), { timeout: 10_000 }).toContain(version);

    expect(view.errors).toEqual([]);
    await view.close();
  });
});
