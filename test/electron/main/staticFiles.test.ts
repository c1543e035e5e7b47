import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mimeType, resolveStaticPath } from '../../../electron/main/staticFiles';

vi.mock('electron', () => ({}));

const root = '/srv/app';

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/./a%20b.csv.gz', 'assets/a b.csv.gz'],
    ['//assets//x.js', 'assets/x.js'],
  ])('maps %s into the root', (pathname, file) => {
    expect(resolveStaticPath(root, pathname)).toBe(join(root, file));
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../x',
    '/..%2fx',
    '/%2e%2e/x',
    '/a%5c..%5cb',
    '/a%00',
    '/%E0%A4%A',
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });
});

describe('mimeType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['engine.wasm', 'application/wasm'],
    ['surnames.csv.gz', 'application/octet-stream'],
    ['styles.CSS', 'text/css; charset=utf-8'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeType(file)).toBe(type);
  });
});
