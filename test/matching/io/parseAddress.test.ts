import { describe, expect, it } from 'vitest';
import {
  isUnusableStreet,
  parseStreetLine,
  parseUnit,
} from '../../../src/matching/io/parseAddress';

describe('parseStreetLine', () => {
  it('splits off a unit written at the end, keyed by its identifier', () => {
    const street = '45 OAK ST';
    for (const line of [
      '45 Oak St Apt 4B',
      '45 Oak Street, Apt. 4B',
      '45 OAK ST APARTMENT 4B',
      '45 Oak St #4B',
      '45 Oak St # 4B',
      '45 Oak St Unit 4b',
    ])
      expect(parseStreetLine(line)).toEqual({ street, unit: '4B' });
    expect(parseStreetLine('100 Main St Ste 300')).toEqual({ street: '100 MAIN ST', unit: '300' });
    expect(parseStreetLine('100 Main St Suite 300')).toEqual({
      street: '100 MAIN ST',
      unit: '300',
    });
    expect(parseStreetLine('12 Pine Rd Fl 2')).toEqual({ street: '12 PINE RD', unit: '2' });
    expect(parseStreetLine('45 Oak St')).toEqual({ street, unit: '' });
  });

  it('writes streets one way: case, spaces, diacritics, abbreviations, PO boxes', () => {
    expect(parseStreetLine('  1500   Central  Avenue ').street).toBe('1500 CENTRAL AVE');
    expect(parseStreetLine('12 North Peñuelas Road').street).toBe('12 N PENUELAS RD');
    expect(parseStreetLine("7 O'Neil Boulevard").street).toBe('7 ONEIL BLVD');
    expect(parseStreetLine('P.O. Box 123')).toEqual({ street: 'PO BOX 123', unit: '' });
    expect(parseStreetLine('Post Office Box #123')).toEqual({ street: 'PO BOX #123', unit: '' });
    expect(parseStreetLine('')).toEqual({ street: '', unit: '' });
  });
});

describe('parseUnit', () => {
  it('keeps the identifier of a unit column', () => {
    expect(parseUnit('Apt 4b')).toBe('4B');
    expect(parseUnit('#7')).toBe('7');
    expect(parseUnit('12')).toBe('12');
    expect(parseUnit('Suite 300')).toBe('300');
  });
});

describe('isUnusableStreet', () => {
  it('flags lines that name no place', () => {
    for (const line of [
      'Unknown Address',
      'UNKNOWN',
      'Failed to provide',
      'N/A',
      'none',
      'Not provided',
      '00000',
      '-',
    ])
      expect(isUnusableStreet(parseStreetLine(line).street), line).toBe(true);
    for (const line of ['45 Oak St', 'PO Box 12', '1 Unknown Rd', 'Napa St'])
      expect(isUnusableStreet(parseStreetLine(line).street), line).toBe(false);
  });
});
