import { describe, expect, it } from 'vitest';
import { metricsLines } from '../../src/cli/linkSummary';
import { metricsOf } from '../../src/matching/evaluation/metrics';

describe('link summary lines', () => {
  it('give precision, recall and F1, and say n/a where a rate is undefined', () => {
    const counts = (tp: number, fp: number, fn: number) =>
      metricsLines(
        metricsOf({
          truePositives: tp,
          falsePositives: fp,
          falseNegatives: fn,
          trueNegatives: 100,
        }),
      )[1];
    expect(counts(8, 2, 2)).toBe('Precision 80.0 % · recall 80.0 % · F1 0.800');
    expect(counts(0, 0, 3)).toBe('Precision n/a (nothing declared) · recall 0.0 % · F1 n/a');
    expect(counts(0, 4, 0)).toBe('Precision 0.0 % · recall n/a (no true matches) · F1 n/a');
  });
});
