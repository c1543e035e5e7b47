import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App, IpcMainInvokeEvent, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  blockNetwork,
  hardenApp,
  isAllowedRequest,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/main/security';

vi.mock('electron', () => ({}));

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (handlers['request'] = fn),
    setPermissionCheckHandler: (fn: Listener) => (handlers['check'] = fn),
    setDevicePermissionHandler: (fn: Listener) => (handlers['device'] = fn),
    webRequest: { onBeforeRequest: (fn: Listener) => (handlers['beforeRequest'] = fn) },
  };
  return { session: session as unknown as Session, handlers };
}

function hardenedContents() {
  const appHandlers: Record<string, Listener> = {};
  const app = {
    enableSandbox: vi.fn(),
    on: (name: string, fn: Listener) => (appHandlers[name] = fn),
  } as unknown as App;
  hardenApp(app);
  const events: Record<string, Listener> = {};
  let windowOpen: Listener = () => undefined;
  const { session, handlers } = fakeSession();
  const contents = {
    on: (name: string, fn: Listener) => (events[name] = fn),
    setWindowOpenHandler: (fn: Listener) => (windowOpen = fn),
    session,
  };
  appHandlers['web-contents-created']?.({}, contents);
  return { app, events, windowOpen: () => windowOpen({ url: 'https://example.com' }), handlers };
}

const trusted = { origins: ['app://namesake'] };
const event = (url: string | null, parent: unknown = null) =>
  ({ senderFrame: url === null ? null : { url, parent } }) as unknown as IpcMainInvokeEvent;

describe('secureWebPreferences', () => {
  it('writes out isolation, the sandbox and no Node integration', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      spellcheck: false,
    });
    expect(secureWebPreferences()).not.toHaveProperty('preload');
  });
});

describe('hardenApp', () => {
  it('sandboxes every renderer', () => {
    expect(hardenedContents().app.enableSandbox).toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { events } = hardenedContents();
    const preventDefault = vi.fn();
    events[name]?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies new windows', () => {
    expect(hardenedContents().windowOpen()).toEqual({ action: 'deny' });
  });

  it('denies permission requests, checks and devices', () => {
    const { handlers } = hardenedContents();
    const callback = vi.fn();
    handlers['request']?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers['check']?.({}, 'notifications')).toBe(false);
    expect(handlers['device']?.({})).toBe(false);
  });
});

describe('blockNetwork', () => {
  const decide = (url: string, origins = trusted) => {
    const { session, handlers } = fakeSession();
    blockNetwork(session, origins);
    const callback = vi.fn();
    handlers['beforeRequest']?.({ url }, callback);
    return callback.mock.calls[0]?.[0] as { cancel: boolean };
  };

  it.each([
    'https://example.com/track',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'ws://example.com/socket',
    'ftp://example.com/file',
    'app://elsewhere/index.html',
    'not a url',
  ])('cancels %s', (url) => {
    expect(decide(url)).toEqual({ cancel: true });
  });

  it.each([
    'app://namesake/index.html',
    'app://namesake/assets/surnames-abc.csv.gz',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://namesake/5f6e',
  ])('lets %s through', (url) => {
    expect(decide(url)).toEqual({ cancel: false });
  });

  it('lets the dev server and its hot-reload socket through only when trusted', () => {
    const dev = { origins: ['app://namesake', 'http://localhost:5173'] };
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', trusted)).toBe(false);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the app page', () => {
    expect(isTrustedSender(event('app://namesake/index.html'), trusted)).toBe(true);
  });

  it.each([
    'file:///work/out/renderer/index.html',
    'https://namesake/index.html',
    'app://evil/index.html',
    'http://localhost:5173/',
    'about:blank',
    '',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(event(url), trusted)).toBe(false);
  });

  it('refuses a missing frame and a subframe of the app page', () => {
    expect(isTrustedSender(event(null), trusted)).toBe(false);
    expect(isTrustedSender(event('app://namesake/index.html', {}), trusted)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it("is the policy in renderer/index.html's meta", () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing from outside the app', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
