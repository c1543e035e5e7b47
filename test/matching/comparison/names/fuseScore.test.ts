import { describe, expect, it } from 'vitest';
import {
  fuseScore,
  fuseScores,
  FUSE_NAME_OPTIONS,
} from '../../../../src/matching/comparison/names/fuseScore';

describe('fuseScore', () => {
  it('scores identical names 0, whatever their case, accents or spacing', () => {
    expect(fuseScore('Nguyễn', ' NGUYEN ')).toBe(0);
    expect(fuseScore('min  jun', 'MIN JUN')).toBe(0);
  });

  it('still scores pairs that Fuse would filter out with its default threshold', () => {
    // With Fuse's default threshold (0.6) a poor match is simply absent from the results.
    const score = fuseScore('KIM', 'PARK');
    expect(score).toBeGreaterThan(0.6);
    expect(score).toBeLessThanOrEqual(1);
    expect(FUSE_NAME_OPTIONS.threshold).toBe(1);
  });

  it('scores a one-letter typo better than a different name', () => {
    expect(fuseScore('JOHNSON', 'JONSON')).toBeLessThan(fuseScore('JOHNSON', 'JACKSON'));
  });

  it('does not depend on where in the name the match sits (ignoreLocation)', () => {
    expect(fuseScore('LEE', 'ANNALEE')).toBeLessThan(0.1);
  });

  it('scores a short name inside a longer one as almost perfect (why fuse.js alone over-matches)', () => {
    // Fuse finds the pattern within the text: KIM is "in" KIMBERLY, GARCIA in GARCIA LOPEZ.
    expect(fuseScore('KIM', 'KIMBERLY')).toBeLessThan(0.01);
    expect(fuseScore('GARCIA', 'GARCIA LOPEZ')).toBeLessThan(0.01);
    expect(fuseScore('KIM', 'NAKAMURA')).toBeLessThan(0.5);
  });

  it('gives the same scores one by one and against a whole list', () => {
    const targets = ['KIM', 'KIMM', 'GIM', 'PARK', 'PAK', 'LEE', 'YI', 'RHEE', 'NGUYEN', ''];
    for (const query of ['KIM', 'PARK', 'LEE', 'NGUYEN']) {
      const together = fuseScores(query, targets);
      targets.forEach((t, i) => expect(together[i]).toBeCloseTo(fuseScore(query, t), 12));
    }
  });
});
