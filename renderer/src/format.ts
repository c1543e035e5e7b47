/** How numbers read on screen and in exports: rounded to what a replicate spread supports. */
import type { Estimate } from '../../src/matching/pipeline/ReplayResult';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 33000 → "33,000". */
export function formatCount(value: number): string {
  return integer.format(Math.round(value));
}

/** 0.1234 → "12.3 %". */
export function formatShare(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return `${(value * 100).toFixed(digits)} %`;
}

/** An estimate as "1,234 (90 % interval 1,100–1,380)"; a single replicate shows the value. */
export function formatEstimate(estimate: Estimate): string {
  if (estimate.values.length <= 1 || estimate.low === estimate.high)
    return formatCount(estimate.mean);
  return `${formatCount(estimate.mean)} (90 % interval ${formatCount(estimate.low)}–${formatCount(estimate.high)})`;
}

/** A score value shown with the precision of the slider's step. */
export function formatScore(value: number, step: number): string {
  const digits = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step))));
  return value.toFixed(digits);
}
