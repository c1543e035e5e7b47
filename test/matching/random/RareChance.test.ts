import { describe, expect, it } from 'vitest';
import { RareChance } from '../../../src/matching/random/RareChance';
import { Rng } from '../../../src/matching/random/prng';

describe('RareChance', () => {
  it('succeeds with chance p per trial, independently of the trial before (4 SE)', () => {
    for (const p of [0.003, 0.0167, 0.15, 0.6]) {
      const chance = new RareChance(new Rng(11), p);
      const trials = 400_000;
      let successes = 0;
      let pairs = 0;
      let previous = false;
      for (let t = 0; t < trials; t++) {
        const hit = chance.next();
        if (hit) successes++;
        if (hit && previous) pairs++;
        previous = hit;
      }
      const se = Math.sqrt((p * (1 - p)) / trials);
      expect(Math.abs(successes / trials - p)).toBeLessThan(4 * se);
      // Two successes in a row: p², as for independent trials.
      const q = p * p;
      expect(Math.abs(pairs / (trials - 1) - q)).toBeLessThan(
        4 * Math.sqrt((q * (1 - q)) / trials),
      );
    }
  });

  it('never succeeds at p = 0 and always at p = 1', () => {
    const never = new RareChance(new Rng(1), 0);
    const always = new RareChance(new Rng(1), 1);
    for (let t = 0; t < 1000; t++) {
      expect(never.next()).toBe(false);
      expect(always.next()).toBe(true);
    }
  });
});
