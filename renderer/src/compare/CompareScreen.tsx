/** Compare: two runs side by side (two thresholds of one run, two rules, two presets). */
import * as Plot from '@observablehq/plot';
import { useState } from 'react';
import { Chart } from '../charts/Chart';
import { chartStyle } from '../charts/chartStyle';
import { OKABE_ITO } from '../charts/palette';
import type { CompletedRun } from '../engine/runTypes';
import { formatCount } from '../format';
import { compareRows, type CompareRow } from './compareRows';
import { CompareSide, type SideChoice } from './CompareSide';

function drawComparison(rows: readonly CompareRow[]) {
  const data = rows
    .filter((r) =>
      ['Updated addresses', 'Wrong doors', 'People behind wrong doors'].includes(r.label),
    )
    .flatMap((r) => [
      { measure: r.label, run: 'A', value: r.a ?? 0 },
      { measure: r.label, run: 'B', value: r.b ?? 0 },
    ]);
  return Plot.plot({
    ...chartStyle,
    marginLeft: 200,
    height: 220,
    x: { label: 'count', grid: true, tickFormat: '~s' },
    y: { label: null },
    fy: { label: null },
    color: { domain: ['A', 'B'], range: [OKABE_ITO.blue, OKABE_ITO.orange], legend: true },
    marks: [Plot.barX(data, { y: 'measure', x: 'value', fill: 'run', fy: 'run' }), Plot.ruleX([0])],
  });
}

const signed = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatCount(Math.abs(d))}`;

export function CompareScreen({ runs }: { runs: readonly CompletedRun[] }) {
  const last = runs.at(-1)?.id ?? null;
  const previous = runs.at(-2)?.id ?? last;
  const [a, setA] = useState<SideChoice>({ runId: previous, thresholds: {} });
  const [b, setB] = useState<SideChoice>({ runId: last, thresholds: {} });
  const runA = runs.find((r) => r.id === a.runId) ?? null;
  const runB = runs.find((r) => r.id === b.runId) ?? null;
  const rows = compareRows(runA, a, runB, b);
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">Compare two runs</h1>
      <p>
        Pick two runs (two presets, or one scenario run with two rules), or the same run twice with
        two thresholds.
      </p>
      {runs.length === 0 && <p>No runs yet: run a preset first.</p>}
      <div className="compare-sides">
        <CompareSide label="A" runs={runs} choice={a} onChange={setA} />
        <CompareSide label="B" runs={runs} choice={b} onChange={setB} />
      </div>
      {(runA || runB) && (
        <>
          <Chart
            id="compare"
            title="A and B"
            description="Updated addresses, wrong doors and people behind them in run A and run B."
            draw={() => drawComparison(rows)}
            deps={[rows.map((r) => `${r.a}/${r.b}`).join()]}
          />
          <table className="data-table" data-testid="compare-table">
            <caption>Side by side</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">B − A</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{r.a === null ? '–' : formatCount(r.a)}</td>
                  <td>{r.b === null ? '–' : formatCount(r.b)}</td>
                  <td>{r.a === null || r.b === null ? '–' : signed(r.b - r.a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
