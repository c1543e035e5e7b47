// The harness's own test: a page and its (nested) workers that reach outside their origin are
// caught, and the static server serves the desktop's MIME types and refuses traversal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT, isInsideOrigin, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp({ root: join(REPO_ROOT, 'test/e2e/fixtures/leaky'), csp: false });
});
afterAll(() => app?.close());

describe('the e2e harness', () => {
  it('records requests of the page and of nested workers, and fails the view on outside ones', async () => {
    const view = await app.open();
    await view.page.locator('#status', { hasText: 'done' }).waitFor();
    const outside = view.outsideRequests().map((request) => new URL(request.url).host);
    expect(outside.sort()).toEqual([
      'nested-outside.invalid',
      'page-outside.invalid',
      'worker-outside.invalid',
    ]);
    expect(view.requests.filter((r) => r.url.endsWith('/data.txt'))).toHaveLength(2);
    await expect(view.close()).rejects.toThrow(/Requests left the app's origin/);
  });

  it('serves the right types and refuses paths outside its root', async () => {
    const head = (path: string) => fetch(`${app.origin}${path}`, { method: 'HEAD' });
    expect((await head('/page.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await head('/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await head('/%2e%2e/harness.e2e.ts')).status).toBe(404);
    expect((await head('/..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('tells inside from outside', () => {
    const origin = 'http://127.0.0.1:4000';
    expect(isInsideOrigin('http://127.0.0.1:4000/assets/a.js', origin)).toBe(true);
    expect(isInsideOrigin('blob:http://127.0.0.1:4000/1234', origin)).toBe(true);
    expect(isInsideOrigin('data:text/plain,hi', origin)).toBe(true);
    expect(isInsideOrigin('http://127.0.0.1:4001/', origin)).toBe(false);
    expect(isInsideOrigin('http://localhost:4000/', origin)).toBe(false);
  });
});
