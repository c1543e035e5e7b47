/**
 * What calibration fits: the published counts of the 2025 disclosure, each with the precision
 * the record gives it, and the distance of a simulated run from them.
 *
 * Distance D = Σ_t ((simulated_t − published_t) / σ_t)², a χ²-like sum in which σ_t² is the
 * published figure's own imprecision (a rounded "about 33,000" is ±1,000) plus the simulation's
 * sampling noise (a count measured on a list sample and scaled by f has variance ≈ f · count).
 * A parameter change that moves D by less than 1 is one the counts cannot see.
 *
 * Counts are compared per 1.28 M records requested: a simulated count is scaled by
 * 1,280,000 ÷ the simulated list, so a population holding fewer people with a final order than
 * the list asks for (the list then takes all of them) is fitted on its rates, not penalised for
 * its size. The request itself is reported but left out of D: no calibrated parameter moves it.
 */
import { PUBLISHED } from './replayMember';

export interface CalibrationTargetSpec {
  /** Name of the target in ReplayResult.calibration. */
  target: string;
  label: string;
  published: number;
  /** The published figure's own imprecision (same unit). */
  publishedSigma: number;
  /** Whether the value is a count (sampling noise grows with it) or a share. */
  kind: 'count' | 'share';
  /** Whether the target counts in the distance D (the request is reported only). */
  fitted: boolean;
  source: string;
}

export const CALIBRATION_TARGETS: readonly CalibrationTargetSpec[] = [
  {
    target: 'requested',
    label: 'records sent to the IRS',
    published: PUBLISHED.requested,
    publishedSigma: 5_000,
    kind: 'count',
    fitted: false,
    source:
      '"approximately 1.2 million" (court memorandum); 1.28 M in later filings, rounded: ±5,000',
  },
  {
    target: 'disclosed',
    label: 'matched and disclosed (7 Aug 2025)',
    published: PUBLISHED.disclosed,
    publishedSigma: 0,
    kind: 'count',
    fitted: true,
    source: 'later public filings: 47,289 (an exact count)',
  },
  {
    target: 'tinPath',
    label: 'disclosed through TIN matching',
    published: PUBLISHED.tinPath,
    publishedSigma: 0,
    kind: 'count',
    fitted: true,
    source: 'later public filings: 42,695 (an exact count)',
  },
  {
    target: 'garbageAddressShare',
    label: 'disclosures on incomplete or garbage addresses',
    published: PUBLISHED.garbageAddressShare,
    publishedSigma: 0.005,
    kind: 'share',
    fitted: true,
    source: '"nearly 5 %" (public filings): 5 % ± 0.5 point',
  },
  {
    target: 'updated',
    label: '"updated addresses" after ICE’s cross-reference',
    published: PUBLISHED.updated,
    publishedSigma: 1_000,
    kind: 'count',
    fitted: true,
    source: '"approximately 33,000" (court memorandum): ±1,000',
  },
];

export interface TargetFit {
  target: string;
  label: string;
  published: number;
  simulated: number;
  /** The σ used: published imprecision and sampling noise combined. */
  sigma: number;
  /** (simulated − published) / σ. */
  z: number;
  fitted: boolean;
}

/**
 * The fit of one run: per target, and the distance D. `scaleFactor` is list size ÷ list sample
 * (1 for the whole list); the sampled disclosures set the sampling noise of a share.
 */
export function fitTargets(
  simulated: Readonly<Record<string, number>>,
  scaleFactor: number,
  targets: readonly CalibrationTargetSpec[] = CALIBRATION_TARGETS,
): { fits: TargetFit[]; distance: number } {
  const requested = simulated['requested'];
  const perList = requested !== undefined && requested > 0 ? PUBLISHED.requested / requested : 1;
  const fits = targets.map((t): TargetFit => {
    const raw = simulated[t.target] ?? NaN;
    const normalise = t.kind === 'count' && t.target !== 'requested';
    const value = normalise ? raw * perList : raw;
    const factor = normalise ? scaleFactor * perList : scaleFactor;
    const disclosed = Math.max(1, (simulated['disclosed'] ?? 1) / Math.max(scaleFactor, 1));
    // A count scaled by f has variance ≈ f · count; a share p of d sampled disclosures ≈ p(1−p)/d.
    const samplingVar =
      t.kind === 'count'
        ? factor * Math.max(value, 1)
        : (Math.max(value, 1e-3) * (1 - Math.min(value, 0.999))) / disclosed;
    const sigma = Math.sqrt(t.publishedSigma ** 2 + samplingVar);
    return {
      target: t.target,
      label: t.label,
      published: t.published,
      simulated: value,
      sigma,
      z: (value - t.published) / sigma,
      fitted: t.fitted,
    };
  });
  const distance = fits.reduce(
    (sum, f) => (f.fitted ? sum + (Number.isFinite(f.z) ? f.z ** 2 : 1e12) : sum),
    0,
  );
  return { fits, distance };
}
