import { describe, expect, it } from 'vitest';
import { StringTable } from '../../../src/matching/io/StringTable';

describe('StringTable', () => {
  it('gives equal strings one id, from 1, and gives each id its string back', () => {
    const table = new StringTable();
    expect([table.intern('P01'), table.intern('P02'), table.intern('P01')]).toEqual([1, 2, 1]);
    expect(table.size).toBe(2);
    expect([table.text(1), table.text(2)]).toEqual(['P01', 'P02']);
  });

  it('refuses an id it never gave', () => {
    const table = new StringTable();
    table.intern('P01');
    expect(() => table.text(0)).toThrow(/no string has id 0/);
    expect(() => table.text(2)).toThrow(/no string has id 2/);
  });
});
