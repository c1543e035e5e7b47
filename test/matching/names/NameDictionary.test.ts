import { describe, expect, it } from 'vitest';
import {
  NameDictionary,
  NO_NAME,
  normaliseName,
  TAIL_BASE,
} from '../../../src/matching/names/NameDictionary';
import { buildTailSpelling, spellTail } from '../../../src/matching/names/tailSurnames';
import { testDatasets } from '../../helpers/datasets';

describe('normaliseName', () => {
  it('upper-cases, strips diacritics and tidies spacing and hyphens', () => {
    expect(normaliseName('Nguyễn')).toBe('NGUYEN');
    expect(normaliseName('Đặng')).toBe('DANG');
    expect(normaliseName('  maría   josé ')).toBe('MARIA JOSE');
    expect(normaliseName('Min - jun')).toBe('MIN-JUN');
    expect(normaliseName("O'Brien")).toBe('OBRIEN');
    expect(normaliseName('O’Brien')).toBe('OBRIEN');
  });
});

describe('NameDictionary', () => {
  it('gives equal strings equal ids and keeps 0 for no name', () => {
    const d = new NameDictionary();
    expect(d.intern('')).toBe(NO_NAME);
    const kim = d.intern('KIM');
    expect(d.intern('KIM')).toBe(kim);
    expect(d.name(kim)).toBe('KIM');
    expect(d.find('LEE')).toBe(-1);
  });

  it('spells tail ids on demand and maps their spelling back to the same id', () => {
    const { surnames } = testDatasets();
    const d = new NameDictionary();
    d.attachTail(buildTailSpelling(surnames.names, surnames.count));
    const spelling = buildTailSpelling(surnames.names, surnames.count);
    const name = spellTail(spelling, 4242);
    expect(d.intern(name)).toBe(TAIL_BASE + 4242);
    expect(d.name(TAIL_BASE + 4242)).toBe(name);
    expect(NameDictionary.isTail(TAIL_BASE + 4242)).toBe(true);
  });

  it('lets a real name that looks like a tail spelling keep its own id', () => {
    const { surnames } = testDatasets();
    const spelling = buildTailSpelling(surnames.names, surnames.count);
    const d = new NameDictionary();
    const lookalike = spellTail(spelling, 99);
    const id = d.intern(lookalike);
    d.attachTail(spelling);
    expect(d.intern(lookalike)).toBe(id);
    expect(id).toBeLessThan(TAIL_BASE);
  });
});
