/** A finished run as the app keeps it: what was run, with what, and what it found. */
import type { ReplayResult } from '../../../src/matching/pipeline/ReplayResult';
import type { RunManifest as CliRunManifest } from '../../../src/matching/report/runManifest';

/** Where a table of the datasets comes from (datasets/SOURCES.md). */
export interface DataSource {
  file: string;
  from: string;
}

/**
 * The run manifest as the app saves it: `namesake run`'s manifest.json (src/matching/report/
 * runManifest.ts), always with results, plus when it ran and the data sources, so a run made in
 * the app can be reproduced on the command line and cited.
 */
export interface RunManifest extends Omit<CliRunManifest, 'results'> {
  results: ReplayResult;
  /** The app's own: when the run finished (ISO 8601) and the tables it read. */
  createdAt: string;
  dataSources: DataSource[];
}

export interface CompletedRun {
  /** Counts up within a session; names the run in Compare. */
  id: number;
  scenarioTitle: string;
  seed: number;
  result: ReplayResult;
  manifest: RunManifest;
  /** pairs.csv of the first replicate, as the command line writes it (before gzip). */
  pairsCsv: Uint8Array;
  /** How the run's settings differ from the scenario's (quick settings), or null. */
  settingsNote: string | null;
  /** Whether the run models one region of a national scenario (its counts are the region's). */
  regional: boolean;
}
