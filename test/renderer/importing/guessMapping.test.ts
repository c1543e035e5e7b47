import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../renderer/src/importing/guessMapping';
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
});
