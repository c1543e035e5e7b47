/** Linking the user's own CSV files: the request to the worker, its progress and its report. */
import type { LinkageMetrics } from '../../../src/matching/evaluation/metrics';
import type { CsvReadSummary } from '../../../src/matching/io/recordBuilder';
import type { PairColumn } from '../../../src/matching/io/pairsCsv';
import type { RulePreset } from '../../../src/matching/linking/rulePresets';

export interface CsvLinkRequest {
  left: File;
  /** Without it, `left` is deduplicated. */
  right: File | null;
  /** Column mappings as JSON objects (validated by the engine's parseColumnMapping). */
  leftMapping: unknown;
  rightMapping: unknown;
  rules: RulePreset[];
  /** Largest share of rows with an unreadable value (the CLI's --max-bad-rows). */
  maxBadRows: number;
}

export interface CsvReadProgress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** Declared pairs the app turns into a CSV to save (about 100 bytes each); more: the CLI. */
export const EXPORTED_PAIRS_LIMIT = 1_000_000;

/** Wrong pairs the report lists on screen (all of them are in the saved pairs CSV). */
export const WRONG_PAIRS_SHOWN = 20;

/** A declared pair as pairs.csv writes it, by column. */
export type PairRow = Record<PairColumn, string>;

export interface CsvLinkReport {
  mode: 'link' | 'dedupe';
  summaries: CsvReadSummary[];
  rules: string[];
  candidates: number;
  declared: number;
  /** Null without a truth column in every file. */
  metrics: LinkageMetrics | null;
  note: string | null;
  seconds: number;
  /**
   * The declared pairs as `namesake link-csv` writes pairs.csv (header included), or null when
   * there are more than the app keeps in memory to save (EXPORTED_PAIRS_LIMIT).
   */
  pairsCsv: string | null;
  /**
   * The first WRONG_PAIRS_SHOWN declared pairs that are two people by the truth column, in
   * the order of pairs.csv (empty without a truth column).
   */
  wrongPairs: PairRow[];
}
