/** A pair's match weight built field by field from the prior: the Fellegi–Sunter waterfall. */
import * as Plot from '@observablehq/plot';
import type { WaterfallRow } from '../../../src/matching/decision/FellegiSunterModel';
import { Chart } from '../charts/Chart';
import { chartStyle } from '../charts/chartStyle';
import { TRUTH_COLORS } from '../charts/palette';

export function drawWaterfall(rows: readonly WaterfallRow[]) {
  const bars = rows.map((r, i) => ({
    label: r.field === 'prior' ? 'prior' : `${r.field}: ${r.levelName}`,
    from: i === 0 ? 0 : rows[i - 1]!.cumulative,
    to: r.cumulative,
    sign: r.cumulative - (i === 0 ? 0 : rows[i - 1]!.cumulative) >= 0 ? 'for a match' : 'against',
  }));
  return Plot.plot({
    ...chartStyle,
    width: 560,
    marginLeft: 200,
    height: 40 + bars.length * 28,
    x: { label: 'match weight (log₂ odds)', grid: true },
    y: { label: null, domain: bars.map((b) => b.label) },
    color: {
      domain: ['for a match', 'against'],
      range: [TRUTH_COLORS.right, TRUTH_COLORS.wrong],
      legend: true,
    },
    marks: [Plot.barX(bars, { y: 'label', x1: 'from', x2: 'to', fill: 'sign' }), Plot.ruleX([0])],
  });
}

export function WaterfallView({ id, rows }: { id: string; rows: readonly WaterfallRow[] }) {
  return (
    <Chart
      id={id}
      title="Match weight, field by field"
      description={`Match weight from the prior ${rows[0]?.cumulative.toFixed(2) ?? ''} to ${rows.at(-1)?.cumulative.toFixed(2) ?? ''}.`}
      draw={() => drawWaterfall(rows)}
      deps={[rows]}
    />
  );
}
