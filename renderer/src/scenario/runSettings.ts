/**
 * The two ways a preset runs: quick settings that finish in seconds (fewer list records
 * through the match, one replicate; the population keeps the preset's size unless it is
 * larger than a browser can hold in seconds), and the preset as written (full scale). The
 * expected duration comes from the engine's measured throughput (README "Performance").
 */
import { valueAt, withValueAt } from './schemaFields';

/** People generated per second per core (README: 0.9–1.2 M/s on one core). */
export const PEOPLE_PER_SECOND_PER_CORE = 900_000;
/** List records matched per second per core, both stages (a conservative reading). */
export const LIST_RECORDS_PER_SECOND_PER_CORE = 50_000;

/** What the quick settings cap. */
export const QUICK = { populationSize: 2_000_000, listSample: 4_000, replicates: 1 } as const;

const numberAt = (doc: unknown, path: string[], fallback: number) => {
  const v = valueAt(doc, path);
  return typeof v === 'number' ? v : fallback;
};

export function quickSettings(scenario: Record<string, unknown>): Record<string, unknown> {
  let quick = scenario;
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  if (size > QUICK.populationSize)
    quick = withValueAt(quick, ['population', 'size'], QUICK.populationSize);
  const list = numberAt(scenario, ['replay', 'list', 'size'], 1_280_000);
  const sample = valueAt(scenario, ['replay', 'list', 'sample']);
  if (typeof sample !== 'number' || sample > QUICK.listSample)
    quick = withValueAt(quick, ['replay', 'list', 'sample'], Math.min(list, QUICK.listSample));
  quick = withValueAt(quick, ['monteCarlo', 'replicates'], QUICK.replicates);
  return quick;
}

const cores = () =>
  Math.max(
    1,
    Math.min(8, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2),
  );

/** Expected run time in seconds on this machine's cores. */
export function expectedSeconds(scenario: unknown, threads = cores()): number {
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  const list = numberAt(scenario, ['replay', 'list', 'size'], 1_280_000);
  const sample = valueAt(scenario, ['replay', 'list', 'sample']);
  const matched = typeof sample === 'number' ? Math.min(sample, list) : list;
  const replicates = numberAt(scenario, ['monteCarlo', 'replicates'], 1);
  const perReplicate =
    size / PEOPLE_PER_SECOND_PER_CORE + matched / LIST_RECORDS_PER_SECOND_PER_CORE;
  return 1 + (replicates * perReplicate) / threads;
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
