/**
 * Confusion counts and the rates derived from them. A "positive" is a declared match; a true
 * match is a pair of records of the same person.
 */
export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** All other pairs of the two files: |A|·|B| − TP − FP − FN. */
  trueNegatives: number;
}

export interface LinkageMetrics extends Confusion {
  declared: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of declared matches that are the wrong person: FP / (TP + FP). */
  falseDiscoveryRate: number;
}

export function metricsOf(c: Confusion): LinkageMetrics {
  const declared = c.truePositives + c.falsePositives;
  const actual = c.truePositives + c.falseNegatives;
  const precision = declared > 0 ? c.truePositives / declared : 1;
  const recall = actual > 0 ? c.truePositives / actual : 1;
  return {
    ...c,
    declared,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    falseDiscoveryRate: declared > 0 ? c.falsePositives / declared : 0,
  };
}
