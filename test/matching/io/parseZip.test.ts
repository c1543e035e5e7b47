import { describe, expect, it } from 'vitest';
import { NOT_A_ZIP, parseZip } from '../../../src/matching/io/parseZip';

describe('parseZip', () => {
  it('reads five digits and ZIP+4, and restores leading zeros a spreadsheet dropped', () => {
    expect(parseZip('02139')).toBe(2139);
    expect(parseZip('02139-4301')).toBe(2139);
    expect(parseZip('021394301')).toBe(2139);
    expect(parseZip('02139 4301')).toBe(2139);
    expect(parseZip('2139')).toBe(2139);
    expect(parseZip('90011')).toBe(90011);
  });

  it('rejects anything else', () => {
    for (const text of ['ABCDE', '12', '123456', '2139-4301', '00000', '9001l', '90011-43'])
      expect(parseZip(text), text).toBe(NOT_A_ZIP);
  });
});
