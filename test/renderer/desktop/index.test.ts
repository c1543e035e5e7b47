// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../../renderer/src/desktopApi';
import { chooseDesktopApi } from '../../../renderer/src/desktop';

afterEach(() => {
  delete window.namesakeDesktop;
  delete window.__namesakeTest;
  delete window.__namesakeFakeInit;
  window.history.replaceState(null, '', '/');
});

describe('chooseDesktopApi', () => {
  it("uses the Electron preload's API when it is there", () => {
    const electron = { platform: 'electron' } as DesktopApi;
    window.namesakeDesktop = electron;
    window.history.replaceState(null, '', '/?desktop=fake');
    expect(chooseDesktopApi(window)).toBe(electron);
  });

  it('uses the fake with ?desktop=fake, configured and controlled from the window', async () => {
    window.history.replaceState(null, '', '/index.html?desktop=fake');
    window.__namesakeFakeInit = { version: '0.0.7' };
    const api = chooseDesktopApi(window);
    expect(api.platform).toBe('test');
    expect(await api.appVersion()).toBe('0.0.7');
    expect(window.__namesakeTest?.saved).toEqual([]);
  });

  it('uses the web implementation otherwise', () => {
    expect(chooseDesktopApi(window).platform).toBe('web');
    expect(window.__namesakeTest).toBeUndefined();
  });
});
