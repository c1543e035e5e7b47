/**
 * The preset gallery: every scenario file in datasets/scenarios/, bundled with the app, with
 * its title and one-line summary from its `meta`. The court-record replay comes first.
 */
export interface Preset {
  /** The file name without .json, e.g. "irs-ice-2025". */
  id: string;
  title: string;
  summary: string;
  scenario: Record<string, unknown>;
}

const FIRST = 'irs-ice-2025';

const files = import.meta.glob('../../../datasets/scenarios/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, Record<string, unknown>>;

function presetOf(path: string, scenario: Record<string, unknown>): Preset {
  const id = path.replace(/^.*\//, '').replace(/\.json$/, '');
  const meta = (scenario['meta'] ?? {}) as { title?: string; summary?: string };
  return { id, title: meta.title ?? id, summary: meta.summary ?? '', scenario };
}

export const PRESETS: readonly Preset[] = Object.entries(files)
  .map(([path, scenario]) => presetOf(path, scenario))
  .sort((a, b) => (a.id === FIRST ? -1 : b.id === FIRST ? 1 : a.id.localeCompare(b.id)));
