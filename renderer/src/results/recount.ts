/**
 * Re-counts a threshold panel at any threshold from its score bins (split by truth), so moving
 * the slider never re-matches: a threshold declares every bin whose edge passes it.
 */
import type { ThresholdBin, ThresholdPanel } from '../../../src/matching/pipeline/ReplayResult';

export interface ThresholdCounts {
  threshold: number;
  declared: number;
  right: number;
  wrong: number;
  /** right / declared (NaN when nothing is declared). */
  precision: number;
  /** right / every right pair in the panel's bins. */
  recall: number;
  updatedAddresses: number;
  wrongDoors: number;
  peopleBehindWrongDoors: number;
}

export function passes(panel: Pick<ThresholdPanel, 'direction'>, edge: number, t: number): boolean {
  return panel.direction === 'atMost' ? edge <= t : edge >= t;
}

export function recount(panel: ThresholdPanel, threshold: number): ThresholdCounts {
  let right = 0;
  let wrong = 0;
  let totalRight = 0;
  let updatedAddresses = 0;
  let wrongDoors = 0;
  let peopleBehindWrongDoors = 0;
  for (const bin of panel.bins) {
    totalRight += bin.right;
    if (!passes(panel, bin.edge, threshold)) continue;
    right += bin.right;
    wrong += bin.wrong;
    updatedAddresses += bin.updatedAddresses;
    wrongDoors += bin.wrongDoors;
    peopleBehindWrongDoors += bin.peopleBehindWrongDoors;
  }
  const declared = right + wrong;
  return {
    threshold,
    declared,
    right,
    wrong,
    precision: declared > 0 ? right / declared : Number.NaN,
    recall: totalRight > 0 ? right / totalRight : Number.NaN,
    updatedAddresses,
    wrongDoors,
    peopleBehindWrongDoors,
  };
}

/** The counts at every bin edge, strictest first: the precision–recall and match-count curves. */
export function curve(panel: ThresholdPanel): ThresholdCounts[] {
  const edges = [...new Set(panel.bins.map((b: ThresholdBin) => b.edge))];
  edges.sort((a, b) => (panel.direction === 'atMost' ? a - b : b - a));
  return edges.map((edge) => recount(panel, edge));
}
