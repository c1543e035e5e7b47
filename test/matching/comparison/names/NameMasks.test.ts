/**
 * Letter masks made once per name must give talisman's Jaro–Winkler to the last bit, whatever
 * the names: real ones, random ones over few letters (many matches, many transpositions),
 * both sides of the 16-letter limit, empty ones and more distinct letters than masks hold.
 */
import { describe, expect, it } from 'vitest';
import { NameCodes, nameCodeColumns } from '../../../../src/matching/comparison/names/NameCodes';
import { NameMasks } from '../../../../src/matching/comparison/names/NameMasks';
import { jaroWinkler } from '../../../../src/matching/comparison/names/jaroWinkler';
import { Rng } from '../../../../src/matching/random/prng';
import { testDatasets } from '../../../helpers/datasets';

/** Masks for every name, in the order `order` gives (indices into `names`). */
function masksOf(names: string[], order: number[] = [...names.keys()]) {
  const columns = nameCodeColumns(names);
  return new NameMasks(new NameCodes(columns), columns, Uint32Array.from(order));
}

function expectTalisman(names: string[], step = 1) {
  const order = [...names.keys()].reverse();
  const masks = masksOf(names, order);
  for (let x = 0; x < names.length; x++)
    for (let y = 0; y < names.length; y += step) {
      const a = names[order[x]!]!;
      const b = names[order[y]!]!;
      expect(masks.jaroWinkler(x, y)).toBe(jaroWinkler(a, b));
      expect(masks.sumAgainst(x, Uint32Array.of(y, y), 1, 2)).toBe(jaroWinkler(a, b));
      if (masks.symmetric(x, y)) expect(masks.jaroWinkler(y, x)).toBe(jaroWinkler(a, b));
    }
}

function randomNames(seed: number, letters: string, count: number, from: number, to: number) {
  const rng = new Rng(seed);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: from + rng.below(to - from + 1) },
      () => letters[rng.below(letters.length)],
    ).join(''),
  );
}

describe('NameMasks.jaroWinkler', () => {
  it('equals talisman exactly on real names', () => {
    const { surnames } = testDatasets();
    expectTalisman(
      [...surnames.names.slice(0, 400), 'MIN-JUN', 'MIN JUN', "O'BRIEN", 'A', 'KIM', 'KIMM', ''],
      7,
    );
  });

  it('equals talisman exactly on random strings with shared letters', () => {
    expectTalisman(randomNames(7, 'ABCDEKLMN -', 300, 1, 12));
  });

  it('equals talisman exactly on both sides of the 16-letter limit', () => {
    expectTalisman(randomNames(11, 'ABKLMN', 200, 10, 24));
  });

  it('equals talisman exactly with more distinct letters than it has masks for', () => {
    const letters = Array.from({ length: 40 }, (_, k) => String.fromCharCode(48 + k)).join('');
    expectTalisman(randomNames(17, letters, 200, 1, 10));
  });

  it('scores empty names as talisman does', () => {
    const masks = masksOf(['', 'A', '']);
    expect(masks.jaroWinkler(0, 1)).toBe(0);
    expect(masks.jaroWinkler(1, 0)).toBe(0);
    expect(masks.jaroWinkler(0, 2)).toBe(1);
  });
});
