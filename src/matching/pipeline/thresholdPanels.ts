/**
 * Threshold panels: the two score-thresholded decisions of the replay, binned by score and
 * split by truth (first replicate, scaled to the full list), so the app's sliders re-count the
 * funnel's tail at any threshold without matching again. The IRS name path's panel holds every
 * name-path candidate up to PANEL_MAX; the cross-reference's every disclosure's best link.
 */
import { PANEL_MAX } from './irsMatch';
import { isLinked, type Outcome, type ReplicateOutcomes } from './outcomes';
import type { ThresholdBin, ThresholdPanel } from './ReplayResult';

const STEP = 0.01;

function bins(max: number): ThresholdBin[] {
  const count = Math.round(max / STEP);
  return Array.from({ length: count + 1 }, (_, k) => ({
    edge: Math.round(k * STEP * 100) / 100,
    right: 0,
    wrong: 0,
    updatedAddresses: 0,
    wrongDoors: 0,
    peopleBehindWrongDoors: 0,
  }));
}

/** The bin a score falls in: the first whose edge is at least the score. */
function binOf(score: number, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.ceil(score / STEP - 1e-9)));
}

function addDownstream(bin: ThresholdBin, o: Outcome, linked: boolean, factor: number): void {
  if (!linked || !o.updated || !o.door) return;
  bin.updatedAddresses += factor;
  if (!o.door.wrong) return;
  bin.wrongDoors += factor;
  bin.peopleBehindWrongDoors += (o.door.residents.to - o.door.residents.from) * factor;
}

export function thresholdPanels(r: ReplicateOutcomes, factor: number): ThresholdPanel[] {
  const panels: ThresholdPanel[] = [];
  const iceThreshold = r.iceJudge.threshold;
  if (r.irsJudge.scored) {
    const max = Math.max(PANEL_MAX, r.irsJudge.threshold);
    const b = bins(max);
    for (const o of r.outcomes) {
      if (o.path !== 2) continue;
      const bin = b[binOf(o.irsScore, b.length)]!;
      if (o.right) bin.right += factor;
      else bin.wrong += factor;
      addDownstream(bin, o, isLinked(o, iceThreshold), factor);
    }
    panels.push({
      stage: 'irsNamePath',
      score: 'fuse.js score of the full name (name path)',
      direction: 'atMost',
      scenarioValue: r.irsJudge.threshold,
      min: 0,
      max,
      step: STEP,
      bins: b,
    });
  }
  if (r.iceJudge.scored) {
    const b = bins(1);
    for (const o of r.outcomes) {
      if (!o.declared || o.linked < 0) continue;
      const bin = b[binOf(o.linkScore, b.length)]!;
      if (o.linkedRight) bin.right += factor;
      else bin.wrong += factor;
      addDownstream(bin, o, true, factor);
    }
    panels.push({
      stage: 'iceCrossReference',
      score: 'fuse.js score of the full name (cross-reference)',
      direction: 'atMost',
      scenarioValue: iceThreshold,
      min: 0,
      max: 1,
      step: STEP,
      bins: b,
    });
  }
  return panels;
}
