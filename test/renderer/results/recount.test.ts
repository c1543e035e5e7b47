import { describe, expect, it } from 'vitest';
import { curve, recount } from '../../../renderer/src/results/recount';
import { thresholdPanel } from '../fixtures/replayResult';

describe('recount', () => {
  it('declares every bin whose edge passes the threshold, and nothing else', () => {
    const at = recount(thresholdPanel, 0.3);
    const kept = thresholdPanel.bins.filter((b) => b.edge <= 0.3);
    expect(at.right).toBe(kept.reduce((s, b) => s + b.right, 0));
    expect(at.wrong).toBe(kept.reduce((s, b) => s + b.wrong, 0));
    expect(at.wrongDoors).toBe(kept.reduce((s, b) => s + b.wrongDoors, 0));
    expect(at.declared).toBe(at.right + at.wrong);
    expect(at.precision).toBeCloseTo(at.right / at.declared, 12);
  });

  it('reads "at least" panels the other way round', () => {
    const panel = { ...thresholdPanel, direction: 'atLeast' as const };
    const at = recount(panel, 0.9);
    expect(at.declared).toBe(
      panel.bins.filter((b) => b.edge >= 0.9).reduce((s, b) => s + b.right + b.wrong, 0),
    );
  });

  it('gives recall 1 at the loosest threshold and grows the count monotonically along the curve', () => {
    const points = curve(thresholdPanel);
    expect(points.at(-1)!.recall).toBe(1);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.declared).toBeGreaterThanOrEqual(points[i - 1]!.declared);
  });

  it('declares nothing below the strictest bin (precision undefined, not 100 %)', () => {
    const at = recount(thresholdPanel, -1);
    expect(at.declared).toBe(0);
    expect(Number.isNaN(at.precision)).toBe(true);
  });
});
