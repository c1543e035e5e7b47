import { describe, expect, it } from 'vitest';
import { populationNameFrequencies } from '../../../src/matching/linking/nameFrequencies';
import { TAIL_BASE } from '../../../src/matching/names/NameDictionary';
import { testModel } from '../../helpers/datasets';

describe('populationNameFrequencies', () => {
  const model = testModel({ size: 1000, seed: 1 });
  const frequencies = populationNameFrequencies(model);
  const id = (name: string) => model.dictionary.find(name);

  it('gives a surname its share of the 2010 Census population', () => {
    // Census 2010: KIM 262,352 of 294,979,229 people; SMITH 2,442,977.
    expect(frequencies.surname(id('KIM'))).toBeCloseTo(262_352 / 294_979_229, 9);
    expect(frequencies.surname(id('SMITH'))).toBeCloseTo(2_442_977 / 294_979_229, 9);
  });

  it('gives a rare surname the tail mean, far below any listed name, and unknown names NaN', () => {
    const tail = frequencies.surname(TAIL_BASE + 12);
    expect(tail).toBeGreaterThan(0);
    expect(tail).toBeLessThan(100 / 294_979_229);
    expect(frequencies.surname(model.dictionary.intern('ZZZQXQ'))).toBeNaN();
  });

  it('ranks given names by SSA births', () => {
    expect(frequencies.given(id('MICHAEL'))).toBeGreaterThan(frequencies.given(id('MIN-JUN')) || 0);
    expect(frequencies.given(id('MICHAEL'))).toBeGreaterThan(0.005);
  });
});
