import { describe, expect, it } from 'vitest';
import { guessDobFormat, guessMapping } from '../../../renderer/src/importing/guessMapping';
import { parseColumnMapping } from '../../../src/matching/io/columnMapping';

describe('guessMapping', () => {
  it('maps the fixture list file as its hand-written mapping does', () => {
    const headers =
      'person_id,first_name,last_name,middle_name,birth_date,street,apt,zip,ssn,notes'.split(',');
    const guess = guessMapping(headers);
    expect(guess).toEqual({
      given: 'first_name',
      surname: 'last_name',
      middle: 'middle_name',
      dob: 'birth_date',
      address: 'street',
      unit: 'apt',
      zip: 'zip',
      tin: 'ssn',
      truth: 'person_id',
    });
    expect(() => parseColumnMapping(guess, 'list.csv')).not.toThrow();
  });

  it('reads one full-name column when there is no given/surname pair', () => {
    expect(guessMapping(['record_no', 'name', 'dob', 'address', 'zip', 'tin', 'person'])).toEqual({
      fullName: 'name',
      dob: 'dob',
      address: 'address',
      zip: 'zip',
      tin: 'tin',
      truth: 'person',
    });
  });

  it('maps a "born" column and guesses its date format from the preview', () => {
    expect(
      guessMapping(['person', 'given', 'surname', 'born'], [['A', 'Ana', 'Lopez', '19600630']]),
    ).toEqual({
      given: 'given',
      surname: 'surname',
      dob: 'born',
      dobFormat: 'YYYYMMDD',
      truth: 'person',
    });
  });

  it('guesses a date format only when every sample agrees', () => {
    expect(guessDobFormat(['1990-03-15', '', '2001-12-01'])).toBe('YYYY-MM-DD');
    expect(guessDobFormat(['03/15/1990', '12/01/2001'])).toBe('MM/DD/YYYY');
    expect(guessDobFormat(['15/03/1990', '01/12/2001'])).toBe('DD/MM/YYYY');
    expect(guessDobFormat(['03/04/1990'])).toBe('MM/DD/YYYY');
    expect(guessDobFormat(['15/03/1990', '03/15/1990'])).toBeUndefined();
    expect(guessDobFormat(['1990-03-15', '03/15/1990'])).toBeUndefined();
    expect(guessDobFormat([])).toBeUndefined();
  });
});
