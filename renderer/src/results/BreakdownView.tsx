/** Rates by community or by kind of home: who the wrong matches and wrong doors fall on. */
import * as Plot from '@observablehq/plot';
import type { BreakdownRow } from '../../../src/matching/pipeline/ReplayResult';
import { Chart } from '../charts/Chart';
import { chartStyle } from '../charts/chartStyle';
import { TRUTH_COLORS } from '../charts/palette';
import { formatEstimate, formatShare } from '../format';

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function drawBreakdown(rows: readonly BreakdownRow[]): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => ({
    label: r.label,
    share: rate(r.wrongDoors.mean, r.updated.mean),
  }));
  return Plot.plot({
    ...chartStyle,
    marginLeft: 220,
    height: 40 + rows.length * 32,
    x: { label: 'share of updated addresses that are a wrong door', percent: true, grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [Plot.barX(data, { y: 'label', x: 'share', fill: TRUTH_COLORS.wrong }), Plot.ruleX([0])],
  });
}

export function BreakdownView({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: readonly BreakdownRow[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <Chart
        id={id}
        title={title}
        description={`Share of updated addresses that are a wrong door, ${title.toLowerCase()}.`}
        draw={() => drawBreakdown(rows)}
        deps={[rows]}
      />
      <table className="data-table">
        <caption>{title}: counts (mean and 90 % interval)</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Listed</th>
            <th scope="col">Disclosed</th>
            <th scope="col">Disclosed, wrong person</th>
            <th scope="col">Updated addresses</th>
            <th scope="col">Wrong doors</th>
            <th scope="col">Wrong-door rate</th>
            <th scope="col">People behind wrong doors</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatEstimate(r.listed)}</td>
              <td>{formatEstimate(r.disclosed)}</td>
              <td>{formatEstimate(r.wrongDisclosed)}</td>
              <td>{formatEstimate(r.updated)}</td>
              <td>{formatEstimate(r.wrongDoors)}</td>
              <td>{formatShare(rate(r.wrongDoors.mean, r.updated.mean))}</td>
              <td>{formatEstimate(r.peopleBehindWrongDoors)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
