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

/**
 * Rates are null where they are undefined (0 ÷ 0): precision and the wrong share when nothing
 * was declared, recall when there are no true matches, F1 when either is undefined. A
 * convention of 1 would read as a perfect score in a chart or a brief.
 */
export interface LinkageMetrics extends Confusion {
  declared: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Share of declared matches that are the wrong person: FP / (TP + FP). */
  falseDiscoveryRate: number | null;
}

export function metricsOf(c: Confusion): LinkageMetrics {
  const declared = c.truePositives + c.falsePositives;
  const actual = c.truePositives + c.falseNegatives;
  const precision = declared > 0 ? c.truePositives / declared : null;
  const recall = actual > 0 ? c.truePositives / actual : null;
  return {
    ...c,
    declared,
    precision,
    recall,
    f1:
      precision === null || recall === null
        ? null
        : precision + recall > 0
          ? (2 * precision * recall) / (precision + recall)
          : 0,
    falseDiscoveryRate: declared > 0 ? c.falsePositives / declared : null,
  };
}
