import { describe, expect, it } from 'vitest';
import { digitCount, NOT_A_TIN, parseTin } from '../../../src/matching/io/parseTin';

describe('parseTin', () => {
  it('reads nine digits with or without dashes and spaces', () => {
    expect(parseTin('123-45-6789')).toBe(123456789);
    expect(parseTin('123 45 6789')).toBe(123456789);
    expect(parseTin('912701234')).toBe(912701234);
    expect(parseTin('012345678')).toBe(12345678);
  });

  it('rejects other lengths and letters', () => {
    for (const text of ['12345678', '1234567890', '000-00-0000', 'XXX-XX-1234', '123.45.6789'])
      expect(parseTin(text), text).toBe(NOT_A_TIN);
    expect(digitCount('12-345-678')).toBe(8);
  });
});
