/**
 * Serving the app's own files: which file a URL path names (never one outside the root) and the
 * type it is served with. The app:// protocol handler and the end-to-end tests' static server
 * share these, so the desktop and the tested web build serve the same bytes the same way.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file under `root` that a URL path such as "/assets/index-abc.js" names, or null when it
 * would leave `root` ("..", encoded or not, backslashes, NUL) or cannot be decoded. "/" is
 * index.html.
 */
export function resolveStaticPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const file = resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return null;
  }
  return file;
}

/**
 * The Content-Type of a file, by extension. Gzipped datasets are plain bytes
 * (application/octet-stream, no Content-Encoding): the engine decompresses them itself.
 */
export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.gz': 'application/octet-stream',
};
