/**
 * What the screens ask of the engine, which runs off the main thread: a replay (with progress
 * and cancel), a name check, and linking the user's CSV files. The app uses the Web Worker
 * implementation (WorkerEngineClient); component tests use a fake.
 */
import type { ReplayProgress } from '../../../src/matching/pipeline/ReplayResult';
import type { CsvLinkReport, CsvLinkRequest, CsvReadProgress } from '../importing/csvLinkTypes';
import type { NameCheckAnswer, NameCheckQuery } from '../namecheck/nameCheckTypes';
import type { ReplayDone } from './protocol';

export interface ReplayRun {
  /** The result and how it was made; rejects with RunCancelled or an Error. */
  done: Promise<ReplayDone>;
  cancel(): void;
}

export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelled';
  }
}

export interface EngineClient {
  runReplay(scenario: unknown, onProgress: (progress: ReplayProgress) => void): ReplayRun;
  checkName(query: NameCheckQuery): Promise<NameCheckAnswer>;
  linkCsv(
    request: CsvLinkRequest,
    onProgress: (progress: CsvReadProgress) => void,
  ): Promise<CsvLinkReport>;
  /** Reads a CSV file's header row (and a few rows), for the column mapping. */
  previewCsv(file: File): Promise<{ headers: string[]; rows: string[][] }>;
}
