import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY,
  createAppRequestHandler,
  registerAppScheme,
} from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

vi.mock('electron', () => ({}));

const base = mkdtempSync(join(tmpdir(), 'namesake-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Namesake</title>');
writeFileSync(join(root, 'assets/index-abc.js'), 'console.log(1)');
writeFileSync(join(root, 'assets/worker-abc.mjs'), 'postMessage(1)');
writeFileSync(join(root, 'assets/surnames-abc.csv.gz'), Buffer.from([0x1f, 0x8b, 8, 0]));
writeFileSync(join(root, 'assets/engine.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = createAppRequestHandler({
  root,
  memoryPage: (path) =>
    path === '/__report/1.html'
      ? { html: '<p>report</p>', contentSecurityPolicy: "default-src 'none'" }
      : undefined,
});
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that fetch() can use', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }) as unknown,
      },
    ]);
  });
});

describe('the app:// handler', () => {
  it('serves the entry page with the CSP header', async () => {
    const response = await get(APP_ENTRY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Namesake</title>');
    expect((await get('app://namesake/')).status).toBe(200);
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/worker-abc.mjs', 'text/javascript; charset=utf-8'],
    ['assets/surnames-abc.csv.gz', 'application/octet-stream'],
    ['assets/engine.wasm', 'application/wasm'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://namesake/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('serves gzipped datasets byte for byte', async () => {
    const bytes = new Uint8Array(
      await (await get('app://namesake/assets/surnames-abc.csv.gz')).arrayBuffer(),
    );
    expect([...bytes]).toEqual([0x1f, 0x8b, 8, 0]);
  });

  it.each([
    'app://namesake/..%2fsecret.txt',
    'app://namesake/assets/..%2f..%2fsecret.txt',
    'app://namesake/%2e%2e%2fsecret.txt',
    'app://namesake/..%5csecret.txt',
    'app://namesake/assets%5c..%5c..%5csecret.txt',
    'app://namesake/index.html%00.js',
    'app://namesake/%E0%A4%A',
  ])('refuses the traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('refuses other hosts, missing files, folders and writes', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://namesake/missing.js')).status).toBe(404);
    expect((await get('app://namesake/assets')).status).toBe(404);
    expect((await get('app://namesake/index.html', 'POST')).status).toBe(405);
  });

  it('serves in-memory report pages with their own policy', async () => {
    const response = await get('app://namesake/__report/1.html');
    expect(await response.text()).toBe('<p>report</p>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });
});
