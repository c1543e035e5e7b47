/**
 * The two ways a preset runs: quick settings that finish in seconds, and the preset as written
 * (full scale). Quick settings cap the population, sample the request list and run one
 * replicate — a smaller population has fewer namesakes, so the quick run understates the risk
 * (DESIGN.md, "Scale fidelity"), and the screens say so. The expected duration of a run comes
 * from the last run's measured speed on this machine, or from a default measured on the
 * two-core development machine.
 */
import { valueAt, withValueAt } from './schemaFields';

/** What the quick settings cap. */
export const QUICK = { populationSize: 500_000, listSample: 4_000, replicates: 1 } as const;

/**
 * Seconds per million people per replicate on one core, all stages: `namesake run
 * irs-ice-2025`, one replicate, took 1,251 s on two cores for 340 M people while the
 * development machine was loaded (README, "Performance"). Plus a fixed start-up (datasets,
 * population model, cross-reference), measured by the app's quick runs.
 */
const DEFAULT_SECONDS_PER_MILLION_PER_CORE = 7.4;
const START_SECONDS = 8;
/** Runs smaller than this (millions of people × replicates) are mostly start-up: not measured. */
const MEASURED_FROM_MILLIONS = 10;

let measuredSecondsPerMillion: number | null = null;

const numberAt = (doc: unknown, path: string[], fallback: number) => {
  const v = valueAt(doc, path);
  return typeof v === 'number' ? v : fallback;
};

export function quickSettings(scenario: Record<string, unknown>): Record<string, unknown> {
  let quick = scenario;
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  if (size > QUICK.populationSize)
    quick = withValueAt(quick, ['population', 'size'], QUICK.populationSize);
  const sample = valueAt(scenario, ['replay', 'list', 'sample']);
  if (typeof sample !== 'number' || sample > QUICK.listSample)
    quick = withValueAt(quick, ['replay', 'list', 'sample'], QUICK.listSample);
  return withValueAt(quick, ['monteCarlo', 'replicates'], QUICK.replicates);
}

/** How the quick settings differ from the scenario, in words (empty when they do not). */
export function quickDifferences(scenario: Record<string, unknown>): string[] {
  const differences: string[] = [];
  const size = numberAt(scenario, ['population', 'size'], 1_000_000);
  if (size > QUICK.populationSize)
    differences.push(
      `population ${QUICK.populationSize.toLocaleString('en-US')} instead of ${size.toLocaleString('en-US')} (fewer namesakes: the risk is understated)`,
    );
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

/** Remembers how fast a finished run went, for the next estimates. */
export function recordRunTime(scenario: unknown, seconds: number): void {
  const millions = workload(scenario);
  if (millions >= MEASURED_FROM_MILLIONS && seconds > START_SECONDS)
    measuredSecondsPerMillion = ((seconds - START_SECONDS) * cores()) / millions;
}

/** Expected run time in seconds on this machine's cores. */
export function expectedSeconds(scenario: unknown, threads = cores()): number {
  const perMillion = measuredSecondsPerMillion ?? DEFAULT_SECONDS_PER_MILLION_PER_CORE;
  return START_SECONDS + (workload(scenario) * perMillion) / threads;
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
