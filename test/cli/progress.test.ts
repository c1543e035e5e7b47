import cliProgress from 'cli-progress';
import { describe, expect, it } from 'vitest';
import { formatEta } from '../../src/cli/progress';

const options = { autopaddingChar: '0' } as cliProgress.Options;

describe('progress bars', () => {
  it('write the ETA as cli-progress does, and say so while it cannot be estimated yet', () => {
    expect(formatEta(75, options, 5)).toBe(cliProgress.Format.TimeFormat(75, options, 5));
    expect(formatEta(75, options, 5)).toBe('01m15s');
    // cli-progress hands its formatter these strings before it has a rate (it would print "NFs").
    for (const pending of ['INF', 'NULL'])
      expect(formatEta(pending as unknown as number, options, 5)).toBe('estimating…');
  });
});
