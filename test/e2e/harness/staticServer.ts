/**
 * A tiny static server for the built web app on 127.0.0.1 (a free port). It answers with the
 * desktop's own app:// handler (electron/main/appProtocol.ts), so the tested web build is served
 * exactly as the desktop serves it: the same files, MIME types, CSP header and refusals.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, createAppRequestHandler } from '../../../electron/main/appProtocol';

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
  const handle = createAppRequestHandler({ root });
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    // The raw path, not a normalised one, so that traversal attempts reach the handler as sent.
    const rawPath = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    handle(new Request(`${APP_ORIGIN}${rawPath}`, { method: request.method ?? 'GET' }))
      .then(async (answer) => {
        const headers = Object.fromEntries(answer.headers);
        if (options.csp === false) delete headers['content-security-policy'];
        const body = Buffer.from(await answer.arrayBuffer());
        response.writeHead(answer.status, { ...headers, 'Content-Length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => response.writeHead(500).end());
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
