import { describe, expect, it } from 'vitest';
import { parseEmOptions } from '../../../src/matching/decision/emOptions';

describe('parseEmOptions', () => {
  it('fills in the defaults', () => {
    expect(parseEmOptions(undefined)).toEqual({ maxIterations: 100, tolerance: 1e-6, fixU: true });
  });

  it('names the path of a bad option', () => {
    expect(() => parseEmOptions({ tolerance: -1 }, 'decision.em')).toThrow(
      /^scenario decision\.em\.tolerance: /,
    );
  });
});
