import { describe, expect, it } from 'vitest';
import { writtenLine } from '../../src/cli/linkOutput';
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

describe('metricsOf', () => {
  it('gives null, not a perfect 1, for a rate that is 0 ÷ 0', () => {
    const nothing = metricsOf({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      trueNegatives: 9,
    });
    expect([nothing.precision, nothing.recall, nothing.f1, nothing.falseDiscoveryRate]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const allWrong = metricsOf({
      truePositives: 0,
      falsePositives: 3,
      falseNegatives: 0,
      trueNegatives: 9,
    });
    expect([allWrong.precision, allWrong.recall, allWrong.f1, allWrong.falseDiscoveryRate]).toEqual(
      [0, null, null, 1],
    );
  });
});

describe('writtenLine', () => {
  it('names every file written, the model when there is one', () => {
    expect(writtenLine({ pairs: 'o/pairs.csv', model: null }, 'o/metrics.json')).toBe(
      'Written: o/pairs.csv and o/metrics.json',
    );
    expect(writtenLine({ pairs: 'o/pairs.csv', model: 'o/model.json' }, 'o/metrics.json')).toBe(
      'Written: o/pairs.csv, o/metrics.json and o/model.json',
    );
  });
});
