import { describe, expect, it } from 'vitest';
import { phoneticAgree, phoneticCodes } from '../../../../src/matching/comparison/names/phonetic';

describe('phonetic codes', () => {
  it('gives the published Soundex codes', () => {
    // Examples from the US National Archives' Soundex guide.
    expect(phoneticCodes('ROBERT').soundex).toBe('R163');
    expect(phoneticCodes('RUPERT').soundex).toBe('R163');
    expect(phoneticCodes('TYMCZAK').soundex).toBe('T522');
    expect(phoneticCodes('PFISTER').soundex).toBe('P236');
  });

  it('makes romanisation variants agree where the sounds agree', () => {
    const park = phoneticCodes('PARK');
    expect(phoneticAgree(park, phoneticCodes('PAK'), 'doubleMetaphone')).toBe(false);
    expect(phoneticAgree(phoneticCodes('CHOI'), phoneticCodes('CHOE'), 'soundex')).toBe(true);
    expect(phoneticAgree(phoneticCodes('JEONG'), phoneticCodes('JUNG'), 'soundex')).toBe(true);
    expect(phoneticAgree(phoneticCodes('SCHMIDT'), phoneticCodes('SMITH'), 'doubleMetaphone')).toBe(
      true,
    );
  });

  it('never lets empty names agree', () => {
    const empty = phoneticCodes('');
    for (const algorithm of ['soundex', 'nysiis', 'doubleMetaphone'] as const) {
      expect(phoneticAgree(empty, empty, algorithm)).toBe(false);
    }
  });

  it('ignores hyphens, spaces and case', () => {
    expect(phoneticCodes('min-jun')).toEqual(phoneticCodes('MINJUN'));
  });
});
