/**
 * funnel.csv: one row per funnel step with its count, the right/wrong split (means and 90 %
 * intervals) and the published figure. The command line writes it; the app exports the same
 * text.
 */
import type { Estimate, FunnelStep } from '../pipeline/ReplayResult';

const HEADER = [
  'step',
  'label',
  'count',
  'count_low',
  'count_high',
  'right',
  'right_low',
  'right_high',
  'wrong',
  'wrong_low',
  'wrong_high',
  'published',
];

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

const triple = (e: Estimate) => [e.mean, e.low, e.high];

export function funnelCsv(funnel: readonly FunnelStep[]): string {
  return (
    csvLine(HEADER) +
    funnel
      .map((s) =>
        csvLine([
          s.step,
          s.label,
          ...triple(s.count),
          ...triple(s.right),
          ...triple(s.wrong),
          s.published,
        ]),
      )
      .join('')
  );
}
