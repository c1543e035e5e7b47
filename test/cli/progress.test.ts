import cliProgress from 'cli-progress';
import { describe, expect, it } from 'vitest';
import { formatEta, stagedProgressBar } from '../../src/cli/progress';

const options = { autopaddingChar: '0' } as cliProgress.Options;

describe('progress bars', () => {
  it('write the ETA as cli-progress does, and say so while it cannot be estimated yet', () => {
    expect(formatEta(75, options, 5)).toBe(cliProgress.Format.TimeFormat(75, options, 5));
    expect(formatEta(75, options, 5)).toBe('01m15s');
    // cli-progress hands its formatter these strings before it has a rate (it would print "NFs").
    for (const pending of ['INF', 'NULL'])
      expect(formatEta(pending as unknown as number, options, 5)).toBe('estimating…');
  });

  it('write a line at every tenth of the run without a terminal, when asked to', () => {
    const lines: string[] = [];
    const progress = stagedProgressBar(false, true, (line) => lines.push(line));
    for (let k = 0; k <= 100; k++) progress.update(k / 100, `Shard ${k}`);
    progress.stop();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^ 10 % after \d+ s, about \d+ s left: Shard 10\n$/);
    expect(lines[9]).toMatch(/^100 % after \d+ s: Shard 100\n$/);
    const silent: string[] = [];
    stagedProgressBar(false, false, (line) => silent.push(line)).update(0.5, 'x');
    expect(silent).toEqual([]);
  });
});
