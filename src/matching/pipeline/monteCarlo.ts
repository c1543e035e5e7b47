/**
 * Monte Carlo summaries: a number measured once per replicate (replicate r uses seed + r) is
 * reported as its mean and its 90 % interval, the 5th to the 95th percentile of the replicate
 * values (linear interpolation between order statistics, "type 7", as R and NumPy default to).
 * With one replicate the interval is that one value.
 */
import type { Estimate } from './ReplayResult';

/** The q-quantile (0 ≤ q ≤ 1) of `values` by linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function estimate(values: readonly number[]): Estimate {
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  return { mean, low: quantile(values, 0.05), high: quantile(values, 0.95), values: [...values] };
}

/** The estimate of one number read from each replicate's counts. */
export function estimateOf<T>(replicates: readonly T[], read: (r: T) => number): Estimate {
  return estimate(replicates.map(read));
}
