/**
 * The messages between the app and its engine worker, and between the engine worker and its
 * shard workers. One union per direction, so both ends are checked against the same types.
 */
import type { ReplayProgress, ReplayResult } from '../../../src/matching/pipeline/ReplayResult';
import type { Scenario } from '../../../src/matching/scenario';
import type { CsvLinkReport, CsvLinkRequest, CsvReadProgress } from '../importing/csvLinkTypes';
import type { NameCheckAnswer, NameCheckQuery } from '../namecheck/nameCheckTypes';

/** App → engine worker. Each request has an id its replies carry. */
export type EngineRequest =
  | { type: 'runReplay'; id: number; scenario: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'checkName'; id: number; query: NameCheckQuery }
  | { type: 'previewCsv'; id: number; file: File }
  | { type: 'linkCsv'; id: number; request: CsvLinkRequest };

export interface ReplayDone {
  result: ReplayResult;
  /** The full scenario, defaults filled in. */
  scenario: Scenario;
  seconds: number;
  /** Time per stage and replicate, as the command line's manifest records it. */
  stages: { stage: string; replicate: number; seconds: number }[];
  /** Workers the shard tasks ran on. */
  threads: number;
  /** Replicates whose population pass was reused from an earlier run (0: none). */
  populationPassesReused: number;
  /** pairs.csv of the first replicate (report/pairsCsv.ts), UTF-8; its buffer is transferred. */
  pairsCsv: Uint8Array;
}

/** Engine worker → app. */
export type EngineReply =
  | { type: 'progress'; id: number; progress: ReplayProgress }
  | { type: 'csvProgress'; id: number; progress: CsvReadProgress }
  | { type: 'replayDone'; id: number; done: ReplayDone }
  | { type: 'nameChecked'; id: number; answer: NameCheckAnswer }
  | { type: 'csvPreview'; id: number; headers: string[]; rows: string[][] }
  | { type: 'csvLinked'; id: number; report: CsvLinkReport }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };

/** Engine worker → shard worker: the shared input of a call once, then shard indices. */
export type ShardRequest =
  | { type: 'begin'; call: number; task: string; shared: unknown }
  | { type: 'shard'; call: number; shard: number };

/** Shard worker → engine worker. */
export type ShardReply =
  | { type: 'output'; call: number; shard: number; output: unknown }
  | { type: 'failed'; call: number; shard: number; message: string };

/** Where replies go: a worker's postMessage, or a test's collector. */
export type Post<T> = (message: T, transfer?: Transferable[]) => void;
