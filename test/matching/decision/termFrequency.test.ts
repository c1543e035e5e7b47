import { describe, expect, it } from 'vitest';
import {
  MIN_VALUE_FREQUENCY,
  termFrequencyWeight,
} from '../../../src/matching/decision/termFrequency';

describe('termFrequencyWeight', () => {
  it('is log2(m / p): a common value weighs less than a rare one', () => {
    expect(termFrequencyWeight(0.9, 0.2)).toBeCloseTo(Math.log2(4.5), 12);
    expect(termFrequencyWeight(0.9, 0.2)).toBeLessThan(termFrequencyWeight(0.9, 0.0001));
  });

  it('stays finite for a value the frequency table never saw', () => {
    expect(termFrequencyWeight(0.9, 0)).toBeCloseTo(Math.log2(0.9 / MIN_VALUE_FREQUENCY), 12);
  });

  it('never divides by more than 1', () => {
    expect(termFrequencyWeight(0.5, 3)).toBe(-1);
  });
});
