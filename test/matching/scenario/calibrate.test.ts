import { describe, expect, it } from 'vitest';
import {
  calibrate,
  numberAt,
  profileTolerance,
  parseScenario,
  type CalibrationTargetSpec,
  type Measurement,
  type Scenario,
} from '../../../src/matching/scenario';

// A stand-in for the replay with the same structure and known answers: the TIN path needs a
// taxpayer number on the list record and a filer; the name path takes the records without one;
// a wrong TIN hardly shows in the counts (it swaps one person's disclosure for another's).
const LIST = 1_000_000;
function toyReplay(s: Scenario): Measurement {
  const noTin = numberAt(s, 'replay.list.agency.noise.tinMissing')!;
  const files = numberAt(s, 'replay.irs.coverage.finalOrder')!;
  const wrongTin = numberAt(s, 'replay.list.agency.noise.tinWrong')!;
  const tinPath = LIST * (1 - noTin) * files * 0.2 * (1 - wrongTin * 0.01);
  const namePath = LIST * noTin * files * 0.1;
  return {
    simulated: { disclosed: tinPath + namePath, tinPath },
    scaleFactor: 1,
  };
}

const TARGETS: CalibrationTargetSpec[] = ['disclosed', 'tinPath'].map((target) => ({
  target,
  label: target,
  published: 0,
  publishedSigma: 500,
  kind: 'count',
  fitted: true,
  source: 'the toy replay at the known settings',
}));

const PARAMETERS = [
  { path: 'replay.list.agency.noise.tinMissing', low: 0.3, high: 0.97, doc: '' },
  { path: 'replay.irs.coverage.finalOrder', low: 0.2, high: 0.9, doc: '' },
  { path: 'replay.list.agency.noise.tinWrong', low: 0, high: 0.01, doc: '' },
];

describe('calibrate', () => {
  it('recovers known settings from their counts and flags what the counts cannot see', async () => {
    const base = parseScenario({});
    const truth = { noTin: 0.6, files: 0.45, wrongTin: 0.004 };
    const known = toyReplay({
      ...base,
      replay: {
        ...base.replay,
        list: {
          ...base.replay.list,
          agency: {
            ...base.replay.list.agency,
            noise: {
              ...base.replay.list.agency.noise,
              tinMissing: truth.noTin,
              tinWrong: truth.wrongTin,
            },
          },
        },
        irs: {
          ...base.replay.irs,
          coverage: { ...base.replay.irs.coverage, finalOrder: truth.files },
        },
      },
    });
    const targets = TARGETS.map((t) => ({ ...t, published: known.simulated[t.target]! }));
    // Start from perturbed settings: the scenario's defaults.
    const report = await calibrate(base, {
      parameters: PARAMETERS,
      targets,
      budget: 120,
      profilePoints: 5,
      evaluate: async (s) => toyReplay(s),
    });
    expect(report.complete).toBe(true);
    expect(report.start.distance).toBeGreaterThan(100);
    expect(report.best.distance).toBeLessThan(1);
    expect(report.best.values['replay.list.agency.noise.tinMissing']).toBeCloseTo(truth.noTin, 1);
    expect(report.best.values['replay.irs.coverage.finalOrder']).toBeCloseTo(truth.files, 1);
    for (const fit of report.best.fits) expect(Math.abs(fit.z)).toBeLessThan(1);
    const pinned = Object.fromEntries(report.profiles.map((p) => [p.path, p.pinned]));
    expect(pinned).toEqual({
      'replay.list.agency.noise.tinMissing': true,
      'replay.irs.coverage.finalOrder': true,
      'replay.list.agency.noise.tinWrong': false,
    });
    const wrongTin = report.profiles[2]!;
    expect(wrongTin.consistent).toEqual({ low: 0, high: 0.01 });
  });

  it('runs the profiles around the best it reports, when a profile finds a better setting', async () => {
    const base = parseScenario({});
    const targets = TARGETS.map((t) => ({ ...t, published: 20_000 }));
    // A search of one run leaves the profiles to find better settings.
    const report = await calibrate(base, {
      parameters: PARAMETERS,
      targets,
      budget: 1,
      profilePoints: 5,
      evaluate: async (s) => toyReplay(s),
    });
    expect(report.best.distance).toBeLessThan(report.start.distance);
    for (const profile of report.profiles) {
      expect(profile.best).toBe(report.best.values[profile.path]);
      // The best's own D is on each profile, and no point is better beyond the noise unless
      // the rounds ran out (then that point is named as not profiled).
      expect(profile.points).toContainEqual({
        value: profile.best,
        distance: report.best.distance,
      });
    }
    const lowest = Math.min(...report.profiles.flatMap((p) => p.points.map((q) => q.distance)));
    const noise = profileTolerance(targets);
    if (report.unprofiledBetter) {
      expect(report.unprofiledBetter.distance).toBe(lowest);
      expect(lowest).toBeLessThan(report.best.distance - noise);
    } else expect(lowest).toBeGreaterThanOrEqual(report.best.distance - noise);
  });

  it('is deterministic and stops when asked, keeping the best so far', async () => {
    const base = parseScenario({});
    const targets = TARGETS.map((t) => ({ ...t, published: 20_000 }));
    const options = {
      parameters: PARAMETERS,
      targets,
      budget: 10,
      evaluate: async (s: Scenario) => toyReplay(s),
    };
    const a = await calibrate(base, options);
    const b = await calibrate(base, options);
    expect(a.best).toEqual(b.best);
    const signal = { aborted: false };
    const stopped = await calibrate(base, {
      ...options,
      signal,
      onRun: (_, runs) => {
        if (runs === 3) signal.aborted = true;
      },
    });
    expect(stopped.complete).toBe(false);
    expect(stopped.runs).toBe(3);
    expect(stopped.best.distance).toBeLessThanOrEqual(stopped.start.distance);
  });
});
