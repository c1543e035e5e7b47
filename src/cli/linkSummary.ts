/** Plain-text lines of a link run's results, shared by the link commands. */
import type { LinkageMetrics } from '../matching/evaluation/metrics';
import type { CsvReadSummary } from '../matching/io/recordBuilder';

const int = (n: number) => n.toLocaleString('en-US');
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Declared matches split into right and wrong, and precision, recall and F1. */
export function metricsLines(m: LinkageMetrics): string[] {
  return [
    `Declared matches: ${int(m.declared)} — ${int(m.truePositives)} right, ${int(m.falsePositives)} the wrong person (${pct(m.falseDiscoveryRate)}); ${int(m.falseNegatives)} true matches missed.`,
    // Undefined rates are said so, not printed as the 100 % the metrics hold by convention.
    m.declared === 0 || m.truePositives + m.falseNegatives === 0
      ? `Precision ${m.declared === 0 ? 'n/a (nothing declared)' : pct(m.precision)} · recall ${m.truePositives + m.falseNegatives === 0 ? 'n/a (no true matches)' : pct(m.recall)} · F1 n/a`
      : `Precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${m.f1.toFixed(3)}`,
  ];
}

/** What was read from one user file. */
export function readLine(s: CsvReadSummary): string {
  const count = (n: number, one: string, many: string) => `${int(n)} ${n === 1 ? one : many}`;
  const notes: string[] = [];
  if (s.problemRows > 0)
    notes.push(
      `${count(s.problemRows, 'row', 'rows')} with a value that cannot be read, kept without it`,
    );
  if (s.blankRows > 0) notes.push(`${count(s.blankRows, 'blank row', 'blank rows')} skipped`);
  if (s.addresses.zipOnly > 0)
    notes.push(`${count(s.addresses.zipOnly, 'address', 'addresses')} with only a ZIP`);
  if (s.ignoredColumns.length > 0)
    notes.push(`ignored columns: ${s.ignoredColumns.map((c) => `"${c}"`).join(', ')}`);
  return `Read ${s.file}: ${int(s.records)} records${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`;
}

export { int, pct };
