/**
 * Calibration: settings of the unrevealed parameters that reproduce the published counts, and
 * which of those parameters the counts cannot pin down.
 *
 * Search: Nelder–Mead (1965) over the box of ranges scaled to 0–1, from the scenario's own
 * values with a starting simplex a quarter of each range wide; points are clamped to the box.
 * It needs no gradients, follows the curved valleys that trade one parameter against another
 * (fewer filers, more taxpayer numbers), copes with the simulation's small jumps, and is
 * deterministic: the same scenario and budget give the same answer. Runs share their seeds
 * (common random numbers), so two settings differ by the parameters, not by noise.
 *
 * Profiles: each parameter is then swept over its whole range with the others at the best
 * setting. Where D stays within the noise of the best, the parameter is not pinned down: the
 * record cannot tell those values apart. A profile may pass through a setting better than the
 * search's by more than that noise; the profiles are then run again around it (up to
 * MAX_PROFILE_ROUNDS times; points already run are reused), so the best reported is always
 * the one the profiles describe. A setting better only within the noise is no better. The noise: a run's random draws shift with its
 * parameters, so two runs differ by sampling noise too, and D of k fitted targets then varies
 * like a χ²_k, standard deviation √(2k); differences under 2√(2k) (at least 1) are noise.
 */
import { withParameters } from './parseScenario';
import { numberAt } from './parameterPath';
import type { Scenario } from './ScenarioSchema';
import {
  CALIBRATION_TARGETS,
  fitTargets,
  type CalibrationTargetSpec,
  type TargetFit,
} from './calibrationTargets';
import type { CalibrationRange } from './calibrationRanges';

/** One run's measured targets (means over replicates) and its list scaling factor. */
export interface Measurement {
  simulated: Record<string, number>;
  scaleFactor: number;
}

export type Evaluate = (scenario: Scenario) => Promise<Measurement>;

export interface CalibrateOptions {
  parameters: readonly CalibrationRange[];
  evaluate: Evaluate;
  /** Most runs the search may use (the profiles add `profilePoints` per parameter). */
  budget?: number;
  profilePoints?: number;
  targets?: readonly CalibrationTargetSpec[];
  /** Stop early (keeping what is done) when `aborted` turns true. */
  signal?: { readonly aborted: boolean };
  onRun?: (run: CalibrationRun, runs: number, plannedRuns: number) => void;
}

export interface CalibrationRun {
  values: Record<string, number>;
  distance: number;
  fits: TargetFit[];
}

export interface ParameterProfile {
  path: string;
  low: number;
  high: number;
  best: number;
  /** D along the range, the other parameters at their best. */
  points: { value: number; distance: number }[];
  /** The values whose D is within the noise of the best: what the counts cannot tell apart. */
  consistent: { low: number; high: number };
  /** True when that stretch is under half the range. */
  pinned: boolean;
}

export interface CalibrationReport {
  /** The best setting found, around which `profiles` were run. */
  best: CalibrationRun;
  /**
   * A setting the last profiles passed through that fits better than `best`, when the rounds
   * ran out before profiles could be run around it (else null).
   */
  unprofiledBetter: CalibrationRun | null;
  start: CalibrationRun;
  runs: number;
  complete: boolean;
  profiles: ParameterProfile[];
  targets: readonly CalibrationTargetSpec[];
  method: string;
}

const DEFAULT_BUDGET = 40;
const DEFAULT_PROFILE_POINTS = 5;
/** Steps below this fraction of a range end the search. */
const MIN_STEP = 1 / 1000;
/** The starting simplex's step, as a share of each range. */
const INITIAL_STEP = 0.25;
/** Rounds of profiles at most, each around the best setting the previous ones passed through. */
export const MAX_PROFILE_ROUNDS = 3;

export async function calibrate(
  scenario: Scenario,
  options: CalibrateOptions,
): Promise<CalibrationReport> {
  const targets = options.targets ?? CALIBRATION_TARGETS;
  const budget = options.budget ?? DEFAULT_BUDGET;
  const profilePoints = options.profilePoints ?? DEFAULT_PROFILE_POINTS;
  const params = options.parameters;
  let planned = budget + params.length * profilePoints;
  const cache = new Map<string, CalibrationRun>();
  let runs = 0;
  const stopped = () => options.signal?.aborted === true;

  const run = async (x: number[]): Promise<CalibrationRun> => {
    const key = x.map((v) => v.toPrecision(12)).join(',');
    const known = cache.get(key);
    if (known) return known;
    const values = Object.fromEntries(params.map((p, i) => [p.path, x[i]!]));
    const measured = await options.evaluate(withParameters(scenario, values));
    const { fits, distance } = fitTargets(measured.simulated, measured.scaleFactor, targets);
    const result = { values, distance, fits };
    cache.set(key, result);
    runs++;
    options.onRun?.(result, runs, planned);
    return result;
  };

  // Nelder–Mead works in the unit box (each range scaled to 0–1), so one step means the same
  // share of every range; points are clamped to the box.
  const n = params.length;
  const toValue = (u: number[]) =>
    u.map(
      (v, i) => params[i]!.low + Math.min(1, Math.max(0, v)) * (params[i]!.high - params[i]!.low),
    );
  const unit = (v: number, p: CalibrationRange) =>
    p.high > p.low ? Math.min(1, Math.max(0, (v - p.low) / (p.high - p.low))) : 0;
  const u0 = params.map((p) => unit(numberAt(scenario, p.path) ?? (p.low + p.high) / 2, p));
  const evalUnit = async (u: number[]) => {
    const clamped = u.map((v) => Math.min(1, Math.max(0, v)));
    return { u: clamped, run: await run(toValue(clamped)) };
  };
  const start = (await evalUnit(u0)).run;
  // The starting simplex: the scenario's point and one point a quarter-range away per axis
  // (towards the middle of the box, so it stays inside).
  let simplex = [{ u: u0, run: start }];
  for (let i = 0; i < n && runs < budget && !stopped(); i++) {
    const u = [...u0];
    u[i] = u0[i]! + (u0[i]! <= 0.5 ? INITIAL_STEP : -INITIAL_STEP);
    simplex.push(await evalUnit(u));
  }
  while (simplex.length === n + 1 && runs < budget && !stopped()) {
    simplex.sort((a, b) => a.run.distance - b.run.distance);
    const worst = simplex[n]!;
    const centroid = Array.from(
      { length: n },
      (_, k) => simplex.slice(0, n).reduce((sum, v) => sum + v.u[k]!, 0) / n,
    );
    const along = (t: number) => centroid.map((c, k) => c + t * (worst.u[k]! - c));
    const spread = Math.max(
      ...simplex.map((v) => Math.max(...v.u.map((x, k) => Math.abs(x - simplex[0]!.u[k]!)))),
    );
    if (spread < MIN_STEP) break;
    const reflected = await evalUnit(along(-1));
    if (reflected.run.distance < simplex[0]!.run.distance && runs < budget && !stopped()) {
      const expanded = await evalUnit(along(-2));
      simplex[n] = expanded.run.distance < reflected.run.distance ? expanded : reflected;
    } else if (reflected.run.distance < simplex[n - 1]!.run.distance) {
      simplex[n] = reflected;
    } else if (runs < budget && !stopped()) {
      const outside = reflected.run.distance < worst.run.distance;
      const contracted = await evalUnit(along(outside ? -0.5 : 0.5));
      if (contracted.run.distance < Math.min(worst.run.distance, reflected.run.distance)) {
        simplex[n] = contracted;
      } else {
        // Shrink towards the best point.
        const best0 = simplex[0]!;
        const shrunk = [best0];
        for (const v of simplex.slice(1)) {
          if (runs >= budget || stopped()) break;
          shrunk.push(await evalUnit(v.u.map((x, k) => best0.u[k]! + 0.5 * (x - best0.u[k]!))));
        }
        simplex = shrunk;
      }
    }
  }
  const bestSoFar = () => {
    let found = start;
    for (const r of cache.values()) if (r.distance < found.distance) found = r;
    return found;
  };
  const noise = profileTolerance(targets);
  /** The best setting run, when it beats `center` by more than the noise; else null. */
  const beyondNoise = (center: CalibrationRun) => {
    const found = bestSoFar();
    return found.distance < center.distance - noise ? found : null;
  };
  let best = bestSoFar();
  let profiles: ParameterProfile[] = [];
  let unprofiledBetter: CalibrationRun | null = null;
  for (let round = 1; round <= MAX_PROFILE_ROUNDS && !stopped(); round++) {
    // Later rounds add the profiles of every parameter but the one that moved (its own profile
    // is the same line again, all of it cached).
    if (round > 1) planned += (params.length - 1) * profilePoints;
    profiles = await profilesAround(best);
    const better = beyondNoise(best);
    if (better === null || stopped()) break;
    if (round === MAX_PROFILE_ROUNDS) unprofiledBetter = better;
    else best = better;
  }
  // Profiles cut short by a stop describe no setting fully: the best is then simply the best.
  if (stopped()) {
    best = bestSoFar();
    unprofiledBetter = null;
  }

  async function profilesAround(center: CalibrationRun): Promise<ParameterProfile[]> {
    const x = params.map((p) => center.values[p.path]!);
    const around: ParameterProfile[] = [];
    for (let i = 0; i < params.length && !stopped(); i++) {
      const p = params[i]!;
      const points: { value: number; distance: number }[] = [];
      const values = Array.from({ length: profilePoints }, (_, k) =>
        profilePoints === 1 ? x[i]! : p.low + ((p.high - p.low) * k) / (profilePoints - 1),
      );
      if (!values.includes(x[i]!)) values.push(x[i]!);
      values.sort((a, b) => a - b);
      for (const value of values) {
        if (stopped()) break;
        const candidate = [...x];
        candidate[i] = value;
        const result = await run(candidate);
        points.push({ value, distance: result.distance });
      }
      around.push(profileOf(p, x[i]!, points, noise));
    }
    return around;
  }

  return {
    best,
    unprofiledBetter,
    start,
    runs,
    complete: !stopped(),
    profiles,
    targets,
    method: `Nelder–Mead over the ranges scaled to 0–1 from the scenario's values (starting simplex ¼ of each range, ${budget} runs at most), then ${profilePoints}-point profiles over each range, run again around any setting they pass through that is better beyond the noise (${MAX_PROFILE_ROUNDS} rounds at most); distance D = Σ ((simulated − published)/σ)²`,
  };
}

/** Differences in D smaller than this are noise: 2√(2k) for k fitted targets, at least 1. */
export function profileTolerance(targets: readonly CalibrationTargetSpec[]): number {
  const k = targets.filter((t) => t.fitted).length;
  return Math.max(1, 2 * Math.sqrt(2 * k));
}

/** A parameter's profile: which of its values fit as well as the best, within `tolerance`. */
export function profileOf(
  p: CalibrationRange,
  best: number,
  points: { value: number; distance: number }[],
  tolerance: number,
): ParameterProfile {
  const floor = Math.min(...points.map((q) => q.distance));
  const within = points.filter((q) => q.distance <= floor + tolerance).map((q) => q.value);
  const low = within.length > 0 ? Math.min(...within) : best;
  const high = within.length > 0 ? Math.max(...within) : best;
  return {
    path: p.path,
    low: p.low,
    high: p.high,
    best,
    points,
    consistent: { low, high },
    pinned: high - low < 0.5 * (p.high - p.low),
  };
}
