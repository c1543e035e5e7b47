/**
 * The DesktopApi of the plain web build: files are chosen with a hidden file input and saved as
 * downloads; there are no recent files, no PDF printing (the report is offered as HTML, which the
 * browser can print) and no menus (the app shows the same commands as buttons).
 */
import { documentTitle, type DesktopApi, type FileFilter, type OpenedFile } from '../desktopApi';
import { APP_VERSION } from './appVersion';

/** How long a download's object URL lives: long enough for the browser to start saving it. */
const DOWNLOAD_URL_LIFETIME_MS = 30_000;

export function createWebDesktopApi(doc: Document = document): DesktopApi {
  return {
    platform: 'web',
    appVersion: () => Promise.resolve(APP_VERSION),
    openTextFile: (options) => chooseTextFile(doc, options.filters),
    openRecentFile: () => Promise.resolve(null),
    recentFiles: () => Promise.resolve([]),
    saveFile: (options) => Promise.resolve(download(doc, options.suggestedName, options.data)),
    printToPdf: () => Promise.resolve(null),
    onMenuCommand: () => () => undefined,
    setDocumentState: (state) => {
      doc.title = documentTitle(state);
    },
  };
}

/** The `accept` attribute for a set of dialog filters: ".json,.csv"; empty means any file. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.replace(/^\./, '')}`))].join(',');
}

function chooseTextFile(doc: Document, filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (file: File | undefined) => {
      input.remove();
      if (!file) return resolve(null);
      Promise.resolve()
        .then(() => file.text())
        .then((text) => resolve({ name: file.name, path: null, text }), reject);
    };
    input.addEventListener('change', () => finish(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => finish(undefined), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** The MIME type a download is given, by its extension (the browser may use it to pick an app). */
export function downloadType(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return DOWNLOAD_TYPES[extension] ?? 'application/octet-stream';
}

const DOWNLOAD_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

function download(doc: Document, name: string, data: string | Uint8Array): string {
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: downloadType(name) }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  return name;
}
