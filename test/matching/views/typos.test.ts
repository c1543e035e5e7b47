import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/matching/random/prng';
import { neighbourKeys, typo, TYPO_WEIGHTS } from '../../../src/matching/views/typos';
import { editDistance } from './viewFixtures';

const NAMES = [
  'KIM',
  'LI',
  'O',
  'MIN-JUN',
  "O'BRIEN",
  'GARCIA LOPEZ',
  'AA',
  'NGUYEN',
  'A-B',
  'JEAN-CLAUDE',
];

describe('keyboard typos', () => {
  it('knows QWERTY neighbours, symmetrically', () => {
    expect(neighbourKeys('Q').split('').sort().join('')).toBe('AW');
    expect(neighbourKeys('S').split('').sort().join('')).toBe('ADEWXZ');
    expect(neighbourKeys('M').split('').sort().join('')).toBe('JKN');
    expect(neighbourKeys('-')).toBe('');
    for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      for (const b of neighbourKeys(a)) expect(neighbourKeys(b)).toContain(a);
    }
  });

  it('makes exactly one edit (or a swap of neighbours), never empty, separators intact', () => {
    const rng = new Rng(3);
    const kinds = { substitution: 0, deletion: 0, insertion: 0, transposition: 0 };
    const bad: string[] = [];
    const parts = (s: string) => s.split(/[- ']/);
    for (let k = 0; k < 20_000; k++) {
      const name = NAMES[k % NAMES.length]!;
      const typed = typo(rng, name);
      // One edit, the same separators, and no name part emptied (so never an empty name).
      if (
        editDistance(name, typed) !== 1 ||
        typed.replace(/[A-Z]/g, '') !== name.replace(/[A-Z]/g, '') ||
        parts(typed).some((part, i) => part.length === 0 && parts(name)[i] !== '')
      )
        bad.push(`${name} → ${typed}`);
      if (typed.length < name.length) kinds.deletion++;
      else if (typed.length > name.length) kinds.insertion++;
      else if ([...typed].sort().join('') === [...name].sort().join('')) kinds.transposition++;
      else kinds.substitution++;
    }
    expect(bad.slice(0, 5)).toEqual([]);
    // Each kind happens; substitutions take the fallbacks of the others, so they lead.
    expect(Math.min(...Object.values(kinds))).toBeGreaterThan(1000);
    expect(kinds.substitution).toBeGreaterThan(20_000 * TYPO_WEIGHTS.substitution * 0.9);
  });

  it('uses the fixed weights when every kind is possible', () => {
    const rng = new Rng(5);
    const n = 40_000;
    const counts = { substitution: 0, deletion: 0, insertion: 0, transposition: 0 };
    for (let k = 0; k < n; k++) {
      const typed = typo(rng, 'JOHNSON');
      if (typed.length < 7) counts.deletion++;
      else if (typed.length > 7) counts.insertion++;
      else if ([...typed].sort().join('') === [...'JOHNSON'].sort().join(''))
        counts.transposition++;
      else counts.substitution++;
    }
    for (const kind of Object.keys(counts) as (keyof typeof counts)[]) {
      const p = TYPO_WEIGHTS[kind];
      expect(Math.abs(counts[kind] - n * p)).toBeLessThanOrEqual(4 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('leaves a name without letters unchanged', () => {
    expect(typo(new Rng(1), '-')).toBe('-');
  });
});
