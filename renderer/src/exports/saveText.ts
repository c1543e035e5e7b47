/** Saving through the DesktopApi, with the file filters each export kind offers. */
import type { DesktopApi, FileFilter } from '../desktopApi';

export const FILTERS = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  html: { name: 'Web page', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
} as const satisfies Record<string, FileFilter>;

export type ExportKind = keyof typeof FILTERS;

export function saveAs(
  api: DesktopApi,
  kind: ExportKind,
  suggestedName: string,
  data: string | Uint8Array,
): Promise<string | null> {
  return api.saveFile({ suggestedName, filters: [FILTERS[kind]], data });
}
