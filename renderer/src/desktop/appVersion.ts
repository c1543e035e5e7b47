/**
 * The version the web build and the test fake report: package.json's, inlined at build time
 * (a named JSON import, so nothing else of package.json is bundled). The desktop shell reports
 * Electron's `app.getVersion()`, which reads the same field.
 */
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
