/** Plain-text lines of a link run's results, shared by the link commands. */
import type { LinkageMetrics } from '../matching/evaluation/metrics';
import type { CsvReadSummary } from '../matching/io/recordBuilder';

const int = (n: number) => n.toLocaleString('en-US');
/** "1 record", "2 records". */
const counted = (n: number, one: string, many: string) => `${int(n)} ${n === 1 ? one : many}`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** A rate, or why it is undefined. */
const rate = (x: number | null, undefinedBecause: string) =>
  x === null ? `n/a (${undefinedBecause})` : pct(x);

/** Declared matches split into right and wrong, and precision, recall and F1. */
export function metricsLines(m: LinkageMetrics): string[] {
  const wrongShare = m.falseDiscoveryRate === null ? '' : ` (${pct(m.falseDiscoveryRate)})`;
  return [
    `Declared matches: ${int(m.declared)} — ${int(m.truePositives)} right, ${int(m.falsePositives)} the wrong person${wrongShare}; ${int(m.falseNegatives)} true ${m.falseNegatives === 1 ? 'match' : 'matches'} missed.`,
    `Precision ${rate(m.precision, 'nothing declared')} · recall ${rate(m.recall, 'no true matches')} · F1 ${m.f1 === null ? 'n/a' : m.f1.toFixed(3)}`,
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

export { counted, int, pct };
