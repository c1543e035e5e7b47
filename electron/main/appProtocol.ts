/**
 * The app:// protocol: the renderer's pages, scripts, workers and dataset files are served from
 * the built renderer folder at app://namesake/, never from file://. It is registered as a
 * privileged standard scheme so the renderer and its Web Workers can fetch() its files, and
 * every response carries the Content-Security-Policy header.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';
import { mimeType, resolveStaticPath } from './staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'namesake';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** A page made in memory (the report to print), served at its path with its own policy. */
export interface MemoryPage {
  html: string;
  contentSecurityPolicy: string;
}

export interface AppRequestHandlerOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Pages kept in memory, by URL path (e.g. "/__report/1.html"). */
  memoryPage?: (pathname: string) => MemoryPage | undefined;
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

export function createAppRequestHandler(
  options: AppRequestHandlerOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return status(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);
    const page = options.memoryPage?.(url.pathname);
    if (page) {
      return new Response(request.method === 'HEAD' ? null : page.html, {
        headers: {
          ...COMMON_HEADERS,
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': page.contentSecurityPolicy,
        },
      });
    }
    const file = resolveStaticPath(options.root, url.pathname);
    if (file === null) return status(404);
    try {
      if (!(await stat(file)).isFile()) return status(404);
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        headers: {
          ...COMMON_HEADERS,
          'Content-Type': mimeType(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return status(404);
    }
  };
}

function status(code: number): Response {
  return new Response(null, { status: code, headers: COMMON_HEADERS });
}
