/**
 * Security in one place: every window gets these preferences, and every web contents is denied
 * navigation, new windows, webviews and permission requests.
 */
import type { App, WebPreferences } from 'electron';

/**
 * The renderer's Content-Security-Policy: sent as a response header by the app:// protocol and
 * the e2e tests' server, and written in renderer/index.html's meta (a test keeps them equal).
 * Nothing but the app's own files: no remote scripts, styles, images, connections or frames.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
  };
}

export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  });
}
