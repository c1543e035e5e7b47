/**
 * Match weights of candidate pairs, binned and split by truth. Moving a threshold re-counts
 * every metric from the bins, without comparing a single pair again: the "instant thresholds"
 * of the design. Bins are 0.1 bit wide from −60 to +60 bits; weights outside fall in the end
 * bins.
 */
import { metricsOf, type LinkageMetrics } from './metrics';

export const BIN_WIDTH = 0.1;
export const MIN_WEIGHT = -60;
export const MAX_WEIGHT = 60;
const BINS = Math.round((MAX_WEIGHT - MIN_WEIGHT) / BIN_WIDTH);

export interface CurvePoint extends LinkageMetrics {
  threshold: number;
}

export class ScoreHistogram {
  readonly trueMatches = new Float64Array(BINS);
  readonly nonMatches = new Float64Array(BINS);

  /**
   * @param actualMatches true matches in the two files (found as candidates or not)
   * @param allPairs |A|·|B|
   */
  constructor(
    readonly actualMatches: number,
    readonly allPairs: number,
  ) {}

  static bin(weight: number): number {
    const b = Math.floor((weight - MIN_WEIGHT) / BIN_WIDTH);
    return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
  }

  /** The lower edge of bin b: a threshold there counts the whole bin as declared. */
  static edge(bin: number): number {
    return MIN_WEIGHT + bin * BIN_WIDTH;
  }

  add(weight: number, isMatch: boolean): void {
    (isMatch ? this.trueMatches : this.nonMatches)[ScoreHistogram.bin(weight)]! += 1;
  }

  /** Metrics when every candidate in bins at or above the threshold's bin is declared a match. */
  at(threshold: number): CurvePoint {
    const from = ScoreHistogram.bin(threshold);
    let tp = 0;
    let fp = 0;
    for (let b = from; b < BINS; b++) {
      tp += this.trueMatches[b]!;
      fp += this.nonMatches[b]!;
    }
    return this.point(ScoreHistogram.edge(from), tp, fp);
  }

  /** Metrics at every bin edge from the highest down (precision–recall and match-count curves). */
  curve(step = 1): CurvePoint[] {
    const points: CurvePoint[] = [];
    let tp = 0;
    let fp = 0;
    for (let b = BINS - 1; b >= 0; b--) {
      tp += this.trueMatches[b]!;
      fp += this.nonMatches[b]!;
      if (b % step === 0) points.push(this.point(ScoreHistogram.edge(b), tp, fp));
    }
    return points;
  }

  private point(threshold: number, tp: number, fp: number): CurvePoint {
    const fn = Math.max(0, this.actualMatches - tp);
    return {
      threshold,
      ...metricsOf({
        truePositives: tp,
        falsePositives: fp,
        falseNegatives: fn,
        trueNegatives: this.allPairs - tp - fp - fn,
      }),
    };
  }
}
