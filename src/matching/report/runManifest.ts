/**
 * The run manifest: what `namesake run` writes to manifest.json and what the app saves, so a
 * run made in either can be reproduced in the other and cited — version, the full resolved
 * scenario, seed, replicates, threads, timings and results.
 */
import type { ReplayResult } from '../pipeline/ReplayResult';
import type { Scenario } from '../scenario';

export interface RunManifest {
  command: 'run';
  version: string;
  /** The preset's name, or the scenario file read. */
  source: string;
  complete: boolean;
  note: string | null;
  seed: number;
  replicates: number;
  threads: number;
  /** The full resolved scenario (every default filled in), as run. */
  scenario: Scenario;
  timings: {
    totalSeconds: number;
    stages: { stage: string; replicate: number; seconds: number }[];
    /**
     * Replicates whose population pass (pipeline/passOne.ts) was reused from an earlier run
     * with the same population and pass-1 settings: same numbers, less time. Absent: none.
     */
    populationPassesReused?: number;
  };
  /** Null only when a run was stopped before anything was done. */
  results: ReplayResult | null;
}
