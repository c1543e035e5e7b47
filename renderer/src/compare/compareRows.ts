/** The numbers Compare puts side by side: headline, funnel steps, and each panel at its threshold. */
import type { CompletedRun } from '../engine/runTypes';
import { recount } from '../results/recount';
import type { SideChoice } from './CompareSide';

export interface CompareRow {
  label: string;
  a: number | null;
  b: number | null;
}

function measures(run: CompletedRun | null, choice: SideChoice): Map<string, number> {
  const out = new Map<string, number>();
  if (!run) return out;
  const h = run.result.headline;
  out.set('Updated addresses', h.updatedAddresses.mean);
  out.set('Wrong doors', h.wrongDoors.mean);
  out.set('People behind wrong doors', h.peopleBehindWrongDoors.mean);
  for (const step of run.result.funnel) {
    out.set(`${step.label}: records`, step.count.mean);
    out.set(`${step.label}: someone else`, step.wrong.mean);
  }
  for (const panel of run.result.thresholds) {
    const t = choice.thresholds[panel.stage] ?? panel.scenarioValue;
    const c = recount(panel, t);
    const name = panel.stage === 'irsNamePath' ? 'IRS name match' : 'ICE cross-reference';
    out.set(`${name}: declared at the chosen threshold`, c.declared);
    out.set(`${name}: someone else at the chosen threshold`, c.wrong);
    out.set(`${name}: wrong doors at the chosen threshold`, c.wrongDoors);
  }
  return out;
}

/** Rows in A's order, then any only B has. */
export function compareRows(
  a: CompletedRun | null,
  choiceA: SideChoice,
  b: CompletedRun | null,
  choiceB: SideChoice,
): CompareRow[] {
  const ma = measures(a, choiceA);
  const mb = measures(b, choiceB);
  const labels = [...ma.keys(), ...[...mb.keys()].filter((k) => !ma.has(k))];
  return labels.map((label) => ({ label, a: ma.get(label) ?? null, b: mb.get(label) ?? null }));
}
