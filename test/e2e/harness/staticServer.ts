/**
 * A tiny static server for the built web app on 127.0.0.1 (a free port): GET and HEAD only,
 * the desktop's MIME types and path rules (electron/main/staticFiles.ts) and its CSP header.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mimeType, resolveStaticPath } from '../../../electron/main/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" — the app's origin. */
  readonly origin: string;
  /** Every path requested, in order (what the browser fetched from the app itself). */
  readonly served: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Send the app's Content-Security-Policy header. Default: true. */
  csp?: boolean;
}

export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(pathname);
    const file = resolveStaticPath(root, pathname);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || file === null) {
      response.writeHead(file === null ? 404 : 405).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) return void response.writeHead(404).end();
        response.writeHead(200, {
          'Content-Type': mimeType(file),
          'Content-Length': info.size,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          ...(options.csp === false ? {} : { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }),
        });
        if (request.method === 'HEAD') return void response.end();
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
