/**
 * What a replay of the IRS→ICE pipeline reports: the contract between the engine (which makes
 * it), the command line (which writes it into manifest.json, funnel.csv and pairs.csv.gz) and
 * the app (which draws it). Every number is a count over the full request list — measured on
 * the sampled list and scaled, with the scaling stated in `scale` — and, across Monte Carlo
 * replicates, an `Estimate` with its 90 % interval.
 */
import type { PairExplanation } from '../evaluation/explainPair';
import type { LegalStatus } from '../population/config';

/** A number measured in every replicate: mean and 90 % interval (5th to 95th percentile). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
  /** One value per replicate, in replicate order (replicate r uses seed + r). */
  values: number[];
}

/** The pipeline's steps, in order. */
export const FUNNEL_STEPS = [
  'requested',
  'screened',
  'tinPath',
  'namePath',
  'disclosed',
  'updated',
  'wrongDoor',
] as const;
export type FunnelStepId = (typeof FUNNEL_STEPS)[number];

export interface FunnelStep {
  step: FunnelStepId;
  /** Plain words for the step, e.g. "IRS matched and disclosed an address". */
  label: string;
  /** Records at this step. */
  count: Estimate;
  /** Of them, records of the listed person and records of someone else. */
  right: Estimate;
  wrong: Estimate;
  /** The published figure for this step (e.g. 47,289 disclosed), or null. */
  published: number | null;
}

/** Whose door an updated address is. */
export const DOOR_KINDS = ['currentHome', 'staleHome', 'someoneElsesHome', 'noHome'] as const;
export type DoorKind = (typeof DOOR_KINDS)[number];

export interface Headline {
  /** One plain sentence with the interval, e.g. "Of the ~33,000 updated addresses, about …". */
  sentence: string;
  updatedAddresses: Estimate;
  /** Updated addresses where the listed person does not live and somebody else does. */
  wrongDoors: Estimate;
  /** Everyone living behind those doors. */
  peopleBehindWrongDoors: Estimate;
  /** …of whom, by legal status (citizens included). */
  peopleBehindWrongDoorsByStatus: Record<LegalStatus, Estimate>;
  /** Updated addresses by whose door they are. */
  doors: Record<DoorKind, Estimate>;
}

/** One row of a breakdown (by community, or by the kind of home). */
export interface BreakdownRow {
  key: string;
  label: string;
  listed: Estimate;
  disclosed: Estimate;
  wrongDisclosed: Estimate;
  updated: Estimate;
  wrongDoors: Estimate;
  peopleBehindWrongDoors: Estimate;
}

/**
 * A decision made by a score and a threshold, binned by score and split by truth, so that
 * moving the threshold re-counts everything without re-matching. Bins are sorted from the
 * strictest score to the loosest; a threshold t declares every bin whose `edge` passes it.
 */
export interface ThresholdPanel {
  stage: 'irsNamePath' | 'iceCrossReference';
  /** What is thresholded, e.g. "fuse.js score" or "match weight". */
  score: string;
  /** 'atMost': lower scores are closer (fuse.js); 'atLeast': higher are (weights, Jaro–Winkler). */
  direction: 'atMost' | 'atLeast';
  /** The scenario's own threshold (marked on the curves). */
  scenarioValue: number;
  /** The slider's range. */
  min: number;
  max: number;
  step: number;
  bins: ThresholdBin[];
}

/** Counts of one replicate (the first), scaled to the full list, in one score bin. */
export interface ThresholdBin {
  edge: number;
  right: number;
  wrong: number;
  updatedAddresses: number;
  wrongDoors: number;
  peopleBehindWrongDoors: number;
}

/** One person's record as an agency holds it, with the truth behind it. */
export interface RecordView {
  agency: string;
  given: string;
  surname: string;
  dob: string;
  address: string;
  zip: string;
  /** Masked: only whether a taxpayer number is present and whether it is the person's own. */
  tin: 'own' | 'someone else’s' | 'none';
  /** The simulation's truth. */
  personId: number;
  community: string;
  legalStatus: LegalStatus;
}

export interface Resident {
  age: number;
  legalStatus: LegalStatus;
  community: string;
  /** Relation to the householder, e.g. "householder", "partner", "child", "parent". */
  relation: string;
}

/** A wrong match explained: the two records, field by field, and the home it sends ICE to. */
export interface WrongMatchExample {
  stage: 'irs' | 'ice';
  /** Why it went wrong: household member, same building, wrong TIN, placeholder DOB, namesake. */
  cause: string;
  list: RecordView;
  matched: RecordView;
  explanation: PairExplanation;
  /**
   * Other people in the population expected to share the listed person's true name and birth
   * year: check-name's count from the model's tables (namesakes/checkName.ts).
   */
  othersSharingNameAndBirthYear: number;
  door: { kind: DoorKind; addressKind: string; residents: Resident[] };
}

export interface CalibrationTarget {
  target: string;
  published: number;
  simulated: Estimate;
}

/** Whether the run finished; a run stopped early (Ctrl-C, cancel) keeps what it finished. */
export interface RunStatus {
  complete: boolean;
  /** The scenario's seed: replicate r used seed + r. */
  seed: number;
  replicatesRequested: number;
  /** Replicates the estimates are made of. */
  replicatesDone: number;
  /** Shards of the population in the replicates reported (all, unless the first was stopped). */
  shardsDone: number;
  shardsTotal: number;
  /** What a partial result holds, in words; null when complete. */
  note: string | null;
}

export interface ReplayResult {
  /** Completeness of the run (added with the engine, issue #4). */
  run: RunStatus;
  /**
   * Request list sampled and full, and the scaling `factor`, of the first replicate; each
   * replicate's population has its own, and `statement` gives their range when they differ.
   */
  scale: { listSampled: number; listFull: number; factor: number; statement: string };
  /** People (every replicate's), and the first replicate's tax filers. */
  population: { size: number; taxFilers: number };
  replicates: number;
  headline: Headline;
  funnel: FunnelStep[];
  byCommunity: BreakdownRow[];
  byHomeKind: BreakdownRow[];
  thresholds: ThresholdPanel[];
  examples: WrongMatchExample[];
  calibration: CalibrationTarget[];
}

/** Where a run is, for progress bars: stage, fraction done overall, and time left. */
export interface ReplayProgress {
  stage: string;
  label: string;
  replicate: number;
  replicates: number;
  /** 0–1, over the whole run. */
  fraction: number;
  etaSeconds: number | null;
}
