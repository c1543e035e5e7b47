/**
 * Which DesktopApi the app talks to: the Electron shell's (its preload sets
 * `window.namesakeDesktop`), the test fake when the page's URL has `?desktop=fake` (end-to-end
 * tests open it so), or else the plain web build's. The renderer imports only `desktopApi()`.
 */
import type { DesktopApi } from '../desktopApi';
import { createFakeDesktopApi } from './fakeDesktopApi';
import { createWebDesktopApi } from './webDesktopApi';

let instance: DesktopApi | undefined;

/** The DesktopApi of this page, chosen once. */
export function desktopApi(): DesktopApi {
  instance ??= chooseDesktopApi(window);
  return instance;
}

export function chooseDesktopApi(win: Window): DesktopApi {
  if (win.namesakeDesktop) return win.namesakeDesktop;
  if (new URLSearchParams(win.location.search).get('desktop') === 'fake') {
    const { api, control } = createFakeDesktopApi(win.__namesakeFakeInit);
    win.__namesakeTest = control;
    return api;
  }
  return createWebDesktopApi(win.document);
}
