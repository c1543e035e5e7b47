/** A finished run as the app keeps it: what was run, with what, and what it found. */
import type { ReplayResult } from '../../../src/matching/pipeline/ReplayResult';

/** Where a table of the datasets comes from (datasets/SOURCES.md). */
export interface DataSource {
  file: string;
  from: string;
}

/** Everything needed to reproduce and cite a run; saved as the run manifest (JSON). */
export interface RunManifest {
  tool: 'namesake';
  version: string;
  createdAt: string;
  /** Where the scenario came from: a preset id or a file name. */
  scenarioSource: string;
  /** The full scenario, defaults filled in. */
  scenario: unknown;
  seed: number;
  seconds: number;
  dataSources: DataSource[];
  result: ReplayResult;
}

export interface CompletedRun {
  /** Counts up within a session; names the run in Compare. */
  id: number;
  scenarioTitle: string;
  seed: number;
  result: ReplayResult;
  manifest: RunManifest;
}
