/** The funnel as CSV: one row per step, mean and interval of each count, and the published figure. */
import type { Estimate, FunnelStep } from '../../../src/matching/pipeline/ReplayResult';

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const triple = (e: Estimate) => [e.mean, e.low, e.high].map((v) => String(Math.round(v)));

export function funnelCsv(funnel: readonly FunnelStep[]): string {
  const header = [
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
  const rows = funnel.map((s) => [
    s.step,
    quote(s.label),
    ...triple(s.count),
    ...triple(s.right),
    ...triple(s.wrong),
    s.published === null ? '' : String(s.published),
  ]);
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}
