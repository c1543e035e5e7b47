import { describe, expect, it } from 'vitest';
import { NameCodes, nameCodeColumns } from '../../../../src/matching/comparison/names/NameCodes';
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

  it('equals talisman exactly on both sides of the bit-parallel limit (31 letters)', () => {
    const rng = new Rng(11);
    const letters = 'ABKLMN';
    const names = Array.from({ length: 160 }, () =>
      Array.from({ length: 24 + rng.below(16) }, () => letters[rng.below(letters.length)]).join(''),
    );
    const codes = new NameCodes(names);
    for (let a = 0; a < names.length; a++) {
      for (let b = 0; b < names.length; b++)
        expect(codes.jaroWinkler(a, b)).toBe(jaroWinkler(names[a]!, names[b]!));
    }
  });

  it('is symmetric exactly when it says so (names of different lengths)', () => {
    const rng = new Rng(13);
    const letters = 'ABKLMN -';
    const names = Array.from({ length: 200 }, () =>
      Array.from({ length: 1 + rng.below(10) }, () => letters[rng.below(letters.length)]).join(''),
    );
    const codes = new NameCodes(names);
    for (let a = 0; a < names.length; a++)
      for (let b = 0; b < names.length; b++)
        if (codes.symmetric(a, b)) expect(codes.jaroWinkler(a, b)).toBe(codes.jaroWinkler(b, a));
  });

  it('reads the same scores from shared columns', () => {
    const names = ['KIM', 'GIM', 'MIN-JUN', ''];
    const shared = new NameCodes(nameCodeColumns(names, (n) => new SharedArrayBuffer(n)));
    const plain = new NameCodes(names);
    for (let a = 0; a < names.length; a++)
      for (let b = 0; b < names.length; b++)
        expect(shared.jaroWinkler(a, b)).toBe(plain.jaroWinkler(a, b));
  });
});
