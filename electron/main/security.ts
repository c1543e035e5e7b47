/**
 * Security in one place. Every window gets `secureWebPreferences`; `hardenApp` denies every web
 * contents navigation, new windows, webviews and permissions; `blockNetwork` cancels every
 * request that is not for the app's own files; `isTrustedSender` tells IPC handlers whether a
 * message comes from the app's own page.
 */
import type { App, IpcMainEvent, IpcMainInvokeEvent, Session, WebPreferences } from 'electron';

/**
 * The renderer's Content-Security-Policy: sent as a response header by the app:// protocol and
 * the e2e tests' server, and written in renderer/index.html's meta (a test keeps them equal).
 * Nothing but the app's own files: no remote scripts, styles, images, connections or frames.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Where the app's pages come from. In development, also the electron-vite dev server. */
export interface TrustedOrigins {
  /** e.g. ["app://namesake", "http://localhost:5173"] */
  readonly origins: readonly string[];
}

export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    ...(preload === undefined ? {} : { preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    // The spellchecker would download dictionaries: no network at run time.
    spellcheck: false,
  };
}

/** Call before `app` is ready: sandboxes every renderer and hardens every web contents. */
export function hardenApp(app: App): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    denyPermissions(contents.session);
  });
}

/** No camera, microphone, notifications, geolocation, HID, USB, serial… for anyone. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Cancels every request of the session that is not for the app's own files (app://, or the dev
 * server in development), DevTools, or in-memory data: and blob: URLs. The app never needs the
 * network, and users may load real rosters into it.
 */
export function blockNetwork(session: Session, trusted: TrustedOrigins): void {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, trusted) }),
  );
}

const IN_MEMORY_OR_DEVTOOLS = new Set(['data:', 'blob:', 'devtools:']);

export function isAllowedRequest(url: string, trusted: TrustedOrigins): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (IN_MEMORY_OR_DEVTOOLS.has(parsed.protocol)) return true;
  return isTrustedUrl(url, trusted) || isDevServerSocket(parsed, trusted);
}

/** True when `url` is a page of one of the trusted origins. */
export function isTrustedUrl(url: string, trusted: TrustedOrigins): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // A custom scheme's URL has an opaque origin in WHATWG terms: compare scheme and host.
  return trusted.origins.some((origin) => {
    const allowed = parseUrl(origin);
    return allowed !== null && allowed.protocol === parsed.protocol && allowed.host === parsed.host;
  });
}

/** Vite's hot reload talks over ws:// to the dev server's own host. */
function isDevServerSocket(url: URL, trusted: TrustedOrigins): boolean {
  if (url.protocol !== 'ws:') return false;
  return trusted.origins.some((origin) => parseUrl(origin)?.host === url.host);
}

/**
 * Whether an IPC message comes from the app's own page: the sending frame is a top-level frame
 * whose URL is on a trusted origin (not an iframe, not a page the window was navigated to).
 */
export function isTrustedSender(
  event: IpcMainEvent | IpcMainInvokeEvent,
  trusted: TrustedOrigins,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, trusted);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
