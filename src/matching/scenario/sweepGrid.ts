/**
 * A parameter sweep: a grid of values per parameter ("replay.crossReference.name.threshold=
 * 0.2,0.4,0.6"), its product in a fixed order (the last parameter varies fastest), and one CSV
 * row per point: the parameters, then the headline numbers with their 90 % intervals.
 */
import type { Estimate, ReplayResult } from '../pipeline/ReplayResult';
import { engineError } from '../messages';
import { numberAt } from './parameterPath';
import type { Scenario } from './ScenarioSchema';

export interface SweepAxis {
  path: string;
  values: number[];
}

/** Reads "path=v1,v2,…" (also "path=low:high:steps" for evenly spaced values). */
export function parseSweepAxis(spec: string, scenario: Scenario): SweepAxis {
  const eq = spec.indexOf('=');
  const path = eq > 0 ? spec.slice(0, eq).trim() : '';
  const list = eq > 0 ? spec.slice(eq + 1).trim() : '';
  if (!path || !list) throw engineError('sweepAxisInvalid', spec, 'expected path=v1,v2,…');
  if (numberAt(scenario, path) === undefined)
    throw engineError('scenarioNotAParameter', path, path);
  let values: number[];
  const range = /^(-?[\d.e]+):(-?[\d.e]+):(\d+)$/.exec(list);
  if (range) {
    const [low, high, steps] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (!(steps >= 2) || !Number.isFinite(low) || !Number.isFinite(high))
      throw engineError('sweepAxisInvalid', spec, 'a range is low:high:steps with steps ≥ 2');
    // Rounded to 12 significant digits: 0.1:0.6:6 gives 0.3, not 0.30000000000000004.
    values = Array.from({ length: steps }, (_, k) =>
      Number((low + ((high - low) * k) / (steps - 1)).toPrecision(12)),
    );
  } else {
    values = list.split(',').map((v) => Number(v.trim()));
    if (values.some((v, i) => !Number.isFinite(v) || list.split(',')[i]!.trim() === ''))
      throw engineError('sweepAxisInvalid', spec, 'every value must be a number');
  }
  return { path, values };
}

/** The grid's points, the first axis slowest: [{ path: value, … }, …]. A path given twice is refused. */
export function sweepPoints(axes: readonly SweepAxis[]): Record<string, number>[] {
  axes.forEach((axis, i) => {
    if (axes.findIndex((other) => other.path === axis.path) < i)
      throw engineError(
        'sweepAxisInvalid',
        axis.path,
        'the parameter is given twice; give all its values in one --param',
      );
  });
  let points: Record<string, number>[] = [{}];
  for (const axis of axes)
    points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.path]: v })));
  return points;
}

/** The headline numbers of a sweep row, each written as mean, low and high. */
export const SWEEP_MEASURES = {
  requested: (r: ReplayResult) => step(r, 'requested'),
  disclosed: (r: ReplayResult) => step(r, 'disclosed'),
  tinPath: (r: ReplayResult) => step(r, 'tinPath'),
  disclosedWrongPerson: (r: ReplayResult) => stepWrong(r, 'disclosed'),
  updatedAddresses: (r: ReplayResult) => r.headline.updatedAddresses,
  wrongDoors: (r: ReplayResult) => r.headline.wrongDoors,
  peopleBehindWrongDoors: (r: ReplayResult) => r.headline.peopleBehindWrongDoors,
  citizensBehindWrongDoors: (r: ReplayResult) => r.headline.peopleBehindWrongDoorsByStatus.citizen,
} as const satisfies Record<string, (r: ReplayResult) => Estimate | undefined>;

function step(r: ReplayResult, id: string): Estimate | undefined {
  return r.funnel.find((s) => s.step === id)?.count;
}
function stepWrong(r: ReplayResult, id: string): Estimate | undefined {
  return r.funnel.find((s) => s.step === id)?.wrong;
}

export function sweepCsvHeader(axes: readonly SweepAxis[]): string {
  const measures = Object.keys(SWEEP_MEASURES).flatMap((m) => [m, `${m}_low`, `${m}_high`]);
  return [...axes.map((a) => a.path), 'replicates', 'complete', ...measures].join(',');
}

export function sweepCsvRow(
  axes: readonly SweepAxis[],
  point: Record<string, number>,
  result: ReplayResult,
): string {
  const cells: string[] = axes.map((a) => String(point[a.path]));
  cells.push(String(result.replicates), result.run.complete ? 'true' : 'false');
  for (const read of Object.values(SWEEP_MEASURES)) {
    const e = read(result);
    cells.push(...(e ? [e.mean, e.low, e.high].map(round) : ['', '', '']));
  }
  return cells.join(',');
}

const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
