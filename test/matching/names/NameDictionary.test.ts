import { describe, expect, it } from 'vitest';
import {
  cleanName,
  NameDictionary,
  NO_NAME,
  normaliseName,
  TAIL_BASE,
} from '../../../src/matching/names/NameDictionary';
import { buildTailSpelling, spellTail } from '../../../src/matching/names/tailSurnames';
import { testDatasets, testModel } from '../../helpers/datasets';

describe('normaliseName', () => {
  it('upper-cases, strips diacritics and tidies spacing and hyphens', () => {
    expect(normaliseName('Nguyễn')).toBe('NGUYEN');
    expect(normaliseName('Đặng')).toBe('DANG');
    expect(normaliseName('  maría   josé ')).toBe('MARIA JOSE');
    expect(normaliseName('Min - jun')).toBe('MIN-JUN');
    expect(normaliseName("O'Brien")).toBe('OBRIEN');
    expect(normaliseName('O’Brien')).toBe('OBRIEN');
  });

  it('returns what the full clean-up returns, plain names included (its shortcut)', () => {
    // The clean-up without the shortcut for names already plain.
    const reference = cleanName;
    const characters = ['A', 'B', 'Z', 'a', 'é', 'Đ', ' ', '  ', '-', "'", '\t', '.'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % characters.length;
    const names = ['', 'KIM', 'LEE MIN-JUN', 'A--B', '-A', 'A-', ' A', 'A B '];
    for (let n = 0; n < 5000; n++)
      names.push(Array.from({ length: 1 + (n % 7) }, () => characters[next()]).join(''));
    for (const name of names)
      expect(normaliseName(name), JSON.stringify(name)).toBe(reference(name));
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

  it('finds each stored id by its string (replayShard re-keys stored ids as they are)', () => {
    const d = testModel().dictionary;
    expect(d.size).toBeGreaterThan(1000);
    for (let id = 0; id < d.size; id++) expect(d.find(d.name(id))).toBe(id);
  });

  it('numbers strings in first-seen order as it grows, and tells built strings from stored ones', () => {
    const d = new NameDictionary();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const spell = (k: number) => letters[k % 26]! + letters[Math.floor(k / 26) % 26]! + String(k);
    for (let k = 0; k < 50_000; k++) expect(d.intern(spell(k))).toBe(k + 1);
    expect(d.size).toBe(50_001);
    for (let k = 0; k < 50_000; k += 7) {
      // A string equal to a stored one but built anew (another object) finds the same id.
      const built = [spell(k).slice(0, 1), spell(k).slice(1)].join('');
      expect(d.find(built)).toBe(k + 1);
      expect(d.find(built + 'X')).toBe(-1);
    }
    expect(d.intern('')).toBe(NO_NAME);
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
