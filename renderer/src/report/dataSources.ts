/**
 * The data sources of a run, read from datasets/SOURCES.md: each output table's heading and
 * its "From:" line (or, for a table built from several sources, its first paragraph), so the
 * report and the manifest cite exactly what the repository cites.
 */
import sourcesMarkdown from '../../../datasets/SOURCES.md?raw';
import type { DataSource } from '../engine/runTypes';

const plain = (text: string) => text.replace(/`/g, '').replace(/\*\*/g, '').trim();

/** The section's "From:" item (joined across its continuation lines), else its first paragraph. */
function sourceOf(section: readonly string[]): string {
  const from = section.findIndex((line) => line.startsWith('- **From:** '));
  if (from >= 0) {
    let text = section[from]!.slice('- **From:** '.length);
    for (let i = from + 1; /^ {2}\S/.test(section[i] ?? ''); i++) text += ` ${section[i]!.trim()}`;
    return plain(text);
  }
  const start = section.findIndex((line) => line.trim() !== '');
  if (start < 0) return '';
  const end = section.findIndex((line, i) => i > start && line.trim() === '');
  return plain(section.slice(start, end < 0 ? undefined : end).join(' '));
}

export function parseDataSources(markdown: string): DataSource[] {
  const lines = markdown.split('\n');
  const sources: DataSource[] = [];
  lines.forEach((line, i) => {
    const heading = /^### `([^`]+)`/.exec(line);
    if (!heading) return;
    const next = lines.findIndex((l, j) => j > i && /^#{1,4} /.test(l));
    sources.push({
      file: heading[1]!,
      from: sourceOf(lines.slice(i + 1, next < 0 ? undefined : next)),
    });
  });
  return sources;
}

export const DATA_SOURCES: readonly DataSource[] = parseDataSources(sourcesMarkdown);
