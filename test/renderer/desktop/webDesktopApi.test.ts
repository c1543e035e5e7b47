// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_VERSION } from '../../../renderer/src/desktop/appVersion';
import {
  acceptAttribute,
  createWebDesktopApi,
  downloadType,
} from '../../../renderer/src/desktop/webDesktopApi';

/** jsdom's Blob has no text() or arrayBuffer(): read it the old way. */
function readBlob(blob: Blob | undefined): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob ?? new Blob());
  });
}

/** A File whose text() works under jsdom, as it does in browsers. */
function textFile(text: string, name: string): File {
  return Object.assign(new File([text], name), { text: () => Promise.resolve(text) });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Stubs the object-URL API jsdom lacks; returns the blobs downloaded. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectURL: (url: string) => revoked.push(url),
  });
  const clicks: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicks.push(this);
  });
  return { blobs, revoked, clicks };
}

/** Answers the next file input's click with `file` (or a cancel, for undefined). */
function answerFileInput(file: File | undefined) {
  const inputs: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    inputs.push(this);
    if (file) {
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    } else {
      this.dispatchEvent(new Event('cancel'));
    }
  });
  return inputs;
}

describe('the web DesktopApi', () => {
  const api = createWebDesktopApi(document);

  it('is the web platform, with the package version', async () => {
    expect(api.platform).toBe('web');
    expect(await api.appVersion()).toBe(APP_VERSION);
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('saves as a download of a Blob through a hidden anchor', async () => {
    vi.useFakeTimers();
    const { blobs, revoked, clicks } = captureDownloads();
    const name = await api.saveFile({
      suggestedName: 'manifest.json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
      data: '{"seed":1}',
    });
    expect(name).toBe('manifest.json');
    expect(clicks[0]?.download).toBe('manifest.json');
    expect(clicks[0]?.href).toBe('blob:test/1');
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]?.type).toBe('application/json');
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:test/1']);
    vi.useRealTimers();
    expect(new TextDecoder().decode(await readBlob(blobs[0]))).toBe('{"seed":1}');
  });

  it('downloads bytes unchanged', async () => {
    const { blobs } = captureDownloads();
    await api.saveFile({
      suggestedName: 'report.pdf',
      filters: [],
      data: new Uint8Array([37, 80]),
    });
    expect(blobs[0]?.type).toBe('application/pdf');
    expect([...new Uint8Array(await readBlob(blobs[0]))]).toEqual([37, 80]);
  });

  it('opens a text file through a hidden file input', async () => {
    const inputs = answerFileInput(textFile('{"seed":3}', 'mine.json'));
    const file = await api.openTextFile({
      title: 'Open scenario',
      filters: [{ name: 'Scenario', extensions: ['json'] }],
    });
    expect(file).toEqual({ name: 'mine.json', path: null, text: '{"seed":3}' });
    expect(inputs[0]?.type).toBe('file');
    expect(inputs[0]?.accept).toBe('.json');
    expect(document.querySelector('input')).toBeNull();
  });

  it('answers null when the file chooser is cancelled', async () => {
    answerFileInput(undefined);
    expect(await api.openTextFile({ title: 'Open', filters: [] })).toBeNull();
  });

  it('has no recent files, no PDF and no menus', async () => {
    expect(await api.recentFiles()).toEqual([]);
    expect(await api.openRecentFile('/a.json')).toBeNull();
    expect(await api.printToPdf('<p>r</p>')).toBeNull();
    const unsubscribe = api.onMenuCommand(() => undefined);
    expect(unsubscribe()).toBeUndefined();
  });

  it('shows the document in the tab title', () => {
    api.setDocumentState({ name: 'irs-ice.json', dirty: true });
    expect(document.title).toBe('• irs-ice.json — Namesake');
    api.setDocumentState({ name: 'irs-ice.json', dirty: false });
    expect(document.title).toBe('irs-ice.json — Namesake');
  });
});

describe('file types', () => {
  it('turns dialog filters into an accept attribute', () => {
    expect(
      acceptAttribute([
        { name: 'Scenario', extensions: ['json'] },
        { name: 'CSV', extensions: ['csv', '.json', 'csv.gz'] },
      ]),
    ).toBe('.json,.csv,.csv.gz');
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBe('');
  });

  it('gives downloads a type by extension', () => {
    expect(downloadType('pairs.csv')).toBe('text/csv');
    expect(downloadType('funnel.SVG')).toBe('image/svg+xml');
    expect(downloadType('pairs.csv.gz')).toBe('application/octet-stream');
  });
});
