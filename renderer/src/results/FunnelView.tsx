/** The pipeline as a funnel: records at each step, split into the listed person and someone else. */
import * as Plot from '@observablehq/plot';
import type { FunnelStep } from '../../../src/matching/pipeline/ReplayResult';
import { Chart } from '../charts/Chart';
import { TRUTH_COLORS } from '../charts/palette';
import { formatCount, formatEstimate } from '../format';
import { chartStyle } from '../charts/chartStyle';

const TRUTH = ['the listed person', 'someone else'] as const;

export function drawFunnel(funnel: readonly FunnelStep[]): SVGSVGElement | HTMLElement {
  const rows = funnel.flatMap((s) => [
    { step: s.label, truth: TRUTH[0], count: s.right.mean },
    { step: s.label, truth: TRUTH[1], count: s.wrong.mean },
  ]);
  const published = funnel
    .filter((s) => s.published !== null)
    .map((s) => ({ step: s.label, count: s.published! }));
  return Plot.plot({
    ...chartStyle,
    marginLeft: 250,
    height: 40 + funnel.length * 46,
    x: { label: 'records', grid: true, tickFormat: '~s' },
    y: { label: null, domain: funnel.map((s) => s.label) },
    color: { domain: [...TRUTH], range: [TRUTH_COLORS.right, TRUTH_COLORS.wrong], legend: true },
    marks: [
      Plot.barX(rows, {
        y: 'step',
        x: 'count',
        fill: 'truth',
        title: (d: { count: number }) => formatCount(d.count),
      }),
      Plot.tickX(published, { y: 'step', x: 'count', stroke: 'black', strokeWidth: 3 }),
      Plot.ruleX([0]),
      // Step labels are sentences: wrapped onto lines of about 28 characters so none is cut
      // off at the chart's left edge (in the app, and in an exported SVG or PNG).
      Plot.axisY({ label: null, lineWidth: 14, tickSize: 0 }),
    ],
  });
}

export function FunnelView({ funnel }: { funnel: readonly FunnelStep[] }) {
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">The funnel</h2>
      <Chart
        id="funnel"
        title="Funnel"
        description="Records at each step of the pipeline, split into the listed person and someone else; black ticks mark published figures."
        draw={() => drawFunnel(funnel)}
        deps={[funnel]}
      />
      <table className="data-table" data-testid="funnel-table">
        <caption>Records at each step (mean and 90 % interval over replicates)</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Records</th>
            <th scope="col">The listed person</th>
            <th scope="col">Someone else</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {funnel.map((s) => (
            <tr key={s.step}>
              <th scope="row">{s.label}</th>
              <td>{formatEstimate(s.count)}</td>
              <td>{formatEstimate(s.right)}</td>
              <td>{formatEstimate(s.wrong)}</td>
              <td>{s.published === null ? '–' : formatCount(s.published)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
