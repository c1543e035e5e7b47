import { describe, expect, it } from 'vitest';
import { NameCodes } from '../../../../src/matching/comparison/names/NameCodes';
import { jaroWinkler } from '../../../../src/matching/comparison/names/jaroWinkler';
import { Rng } from '../../../../src/matching/random/prng';
import { testDatasets } from '../../../helpers/datasets';

describe('NameCodes.jaroWinkler', () => {
  it('equals talisman exactly on real names', () => {
    const { surnames } = testDatasets();
    const names = [
      ...surnames.names.slice(0, 400),
      'MIN-JUN',
      'MIN JUN',
      "O'BRIEN",
      'A',
      'KIM',
      'KIMM',
      '',
    ];
    const codes = new NameCodes(names);
    for (let a = 0; a < names.length; a++) {
      for (let b = 0; b < names.length; b += 7) {
        expect(codes.jaroWinkler(a, b)).toBe(jaroWinkler(names[a]!, names[b]!));
      }
    }
  });

  it('equals talisman exactly on random strings with shared letters', () => {
    const rng = new Rng(7);
    const letters = 'ABCDEKLMN -';
    const names = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + rng.below(12) }, () => letters[rng.below(letters.length)]).join(''),
    );
    const codes = new NameCodes(names);
    for (let a = 0; a < names.length; a++) {
      for (let b = 0; b < names.length; b++)
        expect(codes.jaroWinkler(a, b)).toBe(jaroWinkler(names[a]!, names[b]!));
    }
  });
});
