/**
 * The two ways a preset runs: quick settings that finish in seconds, and the preset as written
 * (full scale). A population is never shrunk to save time (DESIGN.md, "Scale fidelity": a
 * smaller population has fewer namesakes, so a shrunk nation understates the risk). A quick run
 * of a national preset is instead a different, honest question: one region of
 * `QUICK.regionSize` people modelled at its real size, whose request list is the region's own
 * share of the national list, and whose counts are the region's own — never scaled up to the
 * nation. The screens say so. Quick runs also run one replicate. The expected duration of a
 * run comes from the last run's measured speed on this machine, or from a default measured on
 * the two-core development machine.
 */
import { SHARD_SIZE } from '../../../src/matching/population/PopulationShard';
import { valueAt, withValueAt } from './schemaFields';

/** The region a national preset's quick run models, and its replicates. */
export const QUICK = { regionSize: 500_000, replicates: 1 } as const;

/** The default request list (replay.list.size) when a scenario does not set one. */
const DEFAULT_LIST_SIZE = 1_280_000;

/**
 * Seconds per million people per replicate on one core, all stages, beyond START_SECONDS:
 * `namesake run irs-ice-2025` took 51.4–55 s on two cores for 340 M people with one replicate,
 * and 231 s with its five, on the development machine on 8 Dec 2026 (README, "Performance"):
 * 2 × (53 − 3) / 340 ≈ 0.29 and 2 × (231 − 3) / (5 × 340) ≈ 0.27.
 */
const DEFAULT_SECONDS_PER_MILLION_PER_CORE = 0.28;
/**
 * The fixed start-up of a run (datasets, population model, cross-reference): the app's quick
 * irs-ice-2025 run, its first after the app opens, took 2.6–3.2 s in the end-to-end tests
 * (Chromium, the same machine and day).
 */
const START_SECONDS = 3;
/** Runs smaller than this (millions of people × replicates) are mostly start-up: not measured. */
const MEASURED_FROM_MILLIONS = 10;

let measuredSecondsPerMillion: number | null = null;

const numberAt = (doc: unknown, path: string[], fallback: number) => {
  const v = valueAt(doc, path);
  return typeof v === 'number' ? v : fallback;
};

/** The region's share of the request list: the national list in proportion to population. */
function regionalList(scenario: Record<string, unknown>): { national: number; region: number } {
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  const national = numberAt(scenario, ['replay', 'list', 'size'], DEFAULT_LIST_SIZE);
  return { national, region: Math.max(1, Math.round((national * QUICK.regionSize) / size)) };
}

/** Whether the quick settings of `scenario` model one region of it (its counts the region's). */
export function quickIsRegional(scenario: Record<string, unknown>): boolean {
  return numberAt(scenario, ['population', 'size'], 1_000_000) > QUICK.regionSize;
}

export function quickSettings(scenario: Record<string, unknown>): Record<string, unknown> {
  let quick = scenario;
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  if (size > QUICK.regionSize) {
    quick = withValueAt(quick, ['population', 'size'], QUICK.regionSize);
    quick = withValueAt(quick, ['replay', 'list', 'size'], regionalList(scenario).region);
    quick = withValueAt(quick, ['replay', 'list', 'sample'], null);
  }
  return withValueAt(quick, ['monteCarlo', 'replicates'], QUICK.replicates);
}

/** How the quick settings differ from the scenario, in words (empty when they do not). */
export function quickDifferences(scenario: Record<string, unknown>): string[] {
  const differences: string[] = [];
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  if (size > QUICK.regionSize) {
    const list = regionalList(scenario);
    const n = (x: number) => x.toLocaleString('en-US');
    differences.push(
      `one region of ${n(QUICK.regionSize)} people at its real size instead of all ${n(size)}, with its own ${n(list.region)} of the ${n(list.national)} people on the list: the region's counts, not the nation's (they are not scaled up; the full-scale run gives the national figures)`,
    );
  }
  const replicates = numberAt(scenario, ['monteCarlo', 'replicates'], 1);
  if (replicates > QUICK.replicates)
    differences.push(`1 replicate instead of ${replicates} (no interval)`);
  return differences;
}

const cores = () =>
  Math.max(
    1,
    Math.min(8, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2),
  );

const workload = (scenario: unknown) =>
  (numberAt(scenario, ['population', 'size'], 1_000_000) / 1e6) *
  numberAt(scenario, ['monteCarlo', 'replicates'], 1);

/**
 * The threads a run of `scenario` uses: no more than its population has shards (runReplay's
 * replayThreads, counted here from a draft that may not be valid yet, so without its checks).
 */
const threadsFor = (scenario: unknown, threads: number) =>
  Math.max(
    1,
    Math.min(
      threads,
      Math.ceil(numberAt(scenario, ['population', 'size'], 1_000_000) / SHARD_SIZE),
    ),
  );

/** Remembers how fast a finished run went, for the next estimates. */
export function recordRunTime(scenario: unknown, seconds: number): void {
  const millions = workload(scenario);
  if (millions >= MEASURED_FROM_MILLIONS && seconds > START_SECONDS)
    measuredSecondsPerMillion =
      ((seconds - START_SECONDS) * threadsFor(scenario, cores())) / millions;
}

/**
 * Expected run time in seconds on this machine's cores, of which a run uses no more than its
 * population has shards (a region-sized run has one).
 */
export function expectedSeconds(scenario: unknown, threads = cores()): number {
  const perMillion = measuredSecondsPerMillion ?? DEFAULT_SECONDS_PER_MILLION_PER_CORE;
  return START_SECONDS + (workload(scenario) * perMillion) / threadsFor(scenario, threads);
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
