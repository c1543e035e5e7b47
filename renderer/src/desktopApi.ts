/**
 * The one contract between the renderer and the desktop. The Electron preload implements it
 * with explicit IPC calls; the web build and the tests use their own implementations. The
 * renderer never reaches Electron or Node any other way.
 */
export interface DesktopApi {
  /** Which implementation is answering: the desktop shell, a plain browser, or a test fake. */
  readonly platform: 'electron' | 'web' | 'test';
  /** The application version shown in About and written into every run manifest. */
  appVersion(): Promise<string>;
}

declare global {
  interface Window {
    /** Present only inside the Electron shell, set by the preload script. */
    namesakeDesktop?: DesktopApi;
  }
}
