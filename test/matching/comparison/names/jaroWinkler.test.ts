import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../../src/matching/comparison/names/jaroWinkler';

describe('jaroWinkler', () => {
  it("reproduces Winkler's published examples", () => {
    // Winkler (1990) / Wikipedia: MARTHA–MARHTA 0.961, DWAYNE–DUANE 0.840, DIXON–DICKSONX 0.813.
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal names, 0 against an empty one, and symmetric', () => {
    expect(jaroWinkler('KIM', 'KIM')).toBe(1);
    expect(jaroWinkler('KIM', '')).toBe(0);
    expect(jaroWinkler('NGUYEN', 'NGUEN')).toBeCloseTo(jaroWinkler('NGUEN', 'NGUYEN'), 12);
  });
});
