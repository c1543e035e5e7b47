import { describe, expect, it } from 'vitest';
import {
  buildTailSpelling,
  decodeTail,
  fitTailModel,
  spellTail,
  TAIL_CAPACITY,
} from '../../../src/matching/names/tailSurnames';
import { testDatasets } from '../../helpers/datasets';

describe('tail surnames', () => {
  const { surnames, surnameResidual } = testDatasets();
  const spelling = buildTailSpelling(surnames.names, surnames.count);

  it('spells each tail index one way and decodes it back', () => {
    for (const k of [0, 1, 2, 1000, 123_456, 6_000_000, TAIL_CAPACITY - 1]) {
      const name = spellTail(spelling, k);
      expect(name).toMatch(/^[A-Z]{8}$/);
      expect(decodeTail(spelling, name)).toBe(k);
    }
    expect(decodeTail(spelling, 'SMITH')).toBe(-1);
  });

  it('gives consecutive indices different spellings', () => {
    const names = new Set(Array.from({ length: 5000 }, (_, k) => spellTail(spelling, k)));
    expect(names.size).toBe(5000);
  });

  it('fits bearer counts so that names × mean count = the Census residual people', () => {
    const names = surnameResidual.distinctSurnamesTotal - surnameResidual.listedNames;
    const model = fitTailModel(surnameResidual.residualCount, names);
    let people = 0;
    for (let c = 1; c <= 99; c++) people += c * model.namesWithCount[c - 1]!;
    // Rounding each class to whole names moves the total by well under 0.1 %.
    expect(Math.abs(people / surnameResidual.residualCount - 1)).toBeLessThan(1e-3);
    expect(Math.abs(model.names / names - 1)).toBeLessThan(1e-3);
    expect(model.alpha).toBeGreaterThan(1);
    expect(model.alpha).toBeLessThan(3);
  });
});
