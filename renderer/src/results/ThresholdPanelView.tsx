/**
 * The threshold panel: a slider that re-counts every number of a stage from its score bins
 * (no re-matching), the precision–recall and match-count curves with the scenario's own
 * threshold marked, and the numbers at the slider's value.
 */
import * as Plot from '@observablehq/plot';
import { useId, useMemo, useState } from 'react';
import type { ThresholdPanel } from '../../../src/matching/pipeline/ReplayResult';
import { Chart } from '../charts/Chart';
import { chartStyle } from '../charts/chartStyle';
import { OKABE_ITO, TRUTH_COLORS } from '../charts/palette';
import { formatCount, formatScore, formatShare } from '../format';
import { curve, recount, type ThresholdCounts } from './recount';

const STAGE_TITLES: Record<ThresholdPanel['stage'], string> = {
  irsNamePath: 'IRS name matching',
  iceCrossReference: 'ICE cross-reference by "same or similar names"',
};

export function drawPrecisionRecall(
  points: readonly ThresholdCounts[],
  at: ThresholdCounts,
  own: ThresholdCounts,
) {
  const finite = points.filter((p) => Number.isFinite(p.precision) && Number.isFinite(p.recall));
  return Plot.plot({
    ...chartStyle,
    width: 360,
    height: 300,
    marginLeft: 50,
    x: { label: 'recall', domain: [0, 1], tickFormat: '.0%', grid: true },
    y: { label: 'precision', domain: [0, 1], tickFormat: '.0%', grid: true },
    marks: [
      Plot.line(finite, { x: 'recall', y: 'precision', stroke: OKABE_ITO.blue, strokeWidth: 2 }),
      Plot.dot([own], {
        x: 'recall',
        y: 'precision',
        r: 6,
        stroke: 'black',
        strokeWidth: 2,
        symbol: 'diamond',
      }),
      Plot.dot([at], {
        x: 'recall',
        y: 'precision',
        r: 5,
        fill: OKABE_ITO.orange,
        stroke: 'black',
      }),
    ],
  });
}

export function drawMatchCounts(
  points: readonly ThresholdCounts[],
  panel: ThresholdPanel,
  threshold: number,
) {
  const rows = points.flatMap((p) => [
    { threshold: p.threshold, truth: 'the listed person', count: p.right },
    { threshold: p.threshold, truth: 'someone else', count: p.wrong },
  ]);
  return Plot.plot({
    ...chartStyle,
    width: 360,
    height: 300,
    x: {
      label: panel.score,
      domain: [panel.min, panel.max],
      reverse: panel.direction === 'atLeast',
    },
    y: { label: 'declared matches', grid: true, tickFormat: '~s' },
    color: {
      domain: ['the listed person', 'someone else'],
      range: [TRUTH_COLORS.right, TRUTH_COLORS.wrong],
      legend: true,
    },
    marks: [
      Plot.line(rows, {
        x: 'threshold',
        y: 'count',
        stroke: 'truth',
        strokeWidth: 2,
        curve: 'step',
      }),
      Plot.ruleX([panel.scenarioValue], { stroke: 'black', strokeDasharray: '4 3' }),
      Plot.ruleX([threshold], { stroke: OKABE_ITO.orange, strokeWidth: 2 }),
    ],
  });
}

/** `scaleFactor`: the run's list scaling (ReplayResult.scale.factor; 1 when the whole list ran). */
export function ThresholdPanelView({
  panel,
  scaleFactor = 1,
}: {
  panel: ThresholdPanel;
  scaleFactor?: number;
}) {
  const [threshold, setThreshold] = useState(panel.scenarioValue);
  const sliderId = useId();
  const points = useMemo(() => curve(panel), [panel]);
  const own = useMemo(() => recount(panel, panel.scenarioValue), [panel]);
  const at = recount(panel, threshold);
  const title = STAGE_TITLES[panel.stage];
  const testId = `threshold-${panel.stage}`;
  const stricter = panel.direction === 'atMost' ? 'lower is stricter' : 'higher is stricter';

  return (
    <section aria-labelledby={`${testId}-heading`} className="threshold-panel" data-testid={testId}>
      <h3 id={`${testId}-heading`}>{title}</h3>
      <div className="slider-row">
        <label htmlFor={sliderId}>
          Threshold on the {panel.score} ({stricter})
        </label>
        <input
          id={sliderId}
          type="range"
          min={panel.min}
          max={panel.max}
          step={panel.step}
          value={threshold}
          aria-valuetext={formatScore(threshold, panel.step)}
          onChange={(e) => setThreshold(Number(e.currentTarget.value))}
          data-testid={`${testId}-slider`}
        />
        <output htmlFor={sliderId} data-testid={`${testId}-value`}>
          {formatScore(threshold, panel.step)}
        </output>
        <button type="button" onClick={() => setThreshold(panel.scenarioValue)}>
          Back to the scenario’s {formatScore(panel.scenarioValue, panel.step)}
        </button>
      </div>
      <table className="data-table" aria-live="polite">
        <caption>
          At this threshold (first replicate
          {scaleFactor > 1 ? `, scaled ×${scaleFactor.toFixed(3)} to the full list` : ''})
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">At {formatScore(threshold, panel.step)}</th>
            <th scope="col">Scenario ({formatScore(panel.scenarioValue, panel.step)})</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['Declared matches', formatCount(at.declared), formatCount(own.declared)],
              ['… the listed person', formatCount(at.right), formatCount(own.right)],
              ['… someone else', formatCount(at.wrong), formatCount(own.wrong)],
              ['Precision', formatShare(at.precision), formatShare(own.precision)],
              ['Recall (of true matches scored)', formatShare(at.recall), formatShare(own.recall)],
              [
                'Updated addresses',
                formatCount(at.updatedAddresses),
                formatCount(own.updatedAddresses),
              ],
              ['Wrong doors', formatCount(at.wrongDoors), formatCount(own.wrongDoors)],
              [
                'People behind wrong doors',
                formatCount(at.peopleBehindWrongDoors),
                formatCount(own.peopleBehindWrongDoors),
              ],
            ] as const
          ).map(([label, now, scenario]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-testid={`${testId}-${label.replace(/[^a-z]+/gi, '-').toLowerCase()}`}>
                {now}
              </td>
              <td>{scenario}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart-pair">
        <Chart
          id={`${panel.stage}-precision-recall`}
          title="Precision and recall"
          description="Precision against recall at every threshold; the diamond is the scenario's threshold, the orange dot the slider's."
          draw={() => drawPrecisionRecall(points, at, own)}
          deps={[points, at.threshold]}
        />
        <Chart
          id={`${panel.stage}-match-counts`}
          title="Matches by threshold"
          description="Declared matches of the listed person and of someone else at every threshold; the dashed line is the scenario's threshold, the orange line the slider's."
          draw={() => drawMatchCounts(points, panel, threshold)}
          deps={[points, threshold]}
        />
      </div>
    </section>
  );
}
