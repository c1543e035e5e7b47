import { describe, expect, it } from 'vitest';
import { mappedColumns, parseColumnMapping } from '../../../src/matching/io/columnMapping';

describe('parseColumnMapping', () => {
  it('reads a mapping and fills the default date format', () => {
    const mapping = parseColumnMapping(
      { given: ' first ', surname: 'last', dob: 'born', truth: 'id' },
      'm.json',
    );
    expect(mapping).toEqual({
      given: 'first',
      surname: 'last',
      dob: 'born',
      dobFormat: 'YYYY-MM-DD',
      truth: 'id',
    });
    expect(mappedColumns(mapping)).toEqual(['first', 'last', 'born', 'id']);
  });

  it('accepts one full-name column instead of given and surname', () => {
    const mapping = parseColumnMapping({ fullName: 'name', dobFormat: 'MM/DD/YYYY' }, 'm');
    expect(mappedColumns(mapping)).toEqual(['name']);
  });

  it('names the mapping and the path of the first problem', () => {
    expect(() => parseColumnMapping({ given: 'g' }, 'm.json')).toThrow(
      'column mapping m.json, surname: required (or map "fullName" instead of "given" and "surname")',
    );
    expect(() => parseColumnMapping({ fullName: 'n', given: 'g' }, 'm.json')).toThrow(
      'column mapping m.json, fullName: give either "fullName" or "given" and "surname", not both',
    );
    expect(() => parseColumnMapping({ fullName: 'n', dobFormat: 'DD.MM.YYYY' }, 'm.json')).toThrow(
      'column mapping m.json, dobFormat: must be one of "YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "YYYYMMDD", got "DD.MM.YYYY"',
    );
    expect(() => parseColumnMapping({ fullName: 'n', birth: 'b' }, 'm.json')).toThrow(
      'column mapping m.json, (root): unknown key "birth" (misspelt?)',
    );
    expect(() => parseColumnMapping({ given: '', surname: 's' }, 'm.json')).toThrow(
      'column mapping m.json, given: must name a column of the file',
    );
    expect(() => parseColumnMapping(['given'], 'm.json')).toThrow(
      'column mapping m.json, (root): expected a JSON object',
    );
  });
});
