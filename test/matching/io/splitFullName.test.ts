import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../src/matching/io/splitFullName';

describe('splitFullName', () => {
  it('reads "SURNAME, GIVEN [MIDDLE]"', () => {
    expect(splitFullName('KIM, MIN-JUN')).toEqual({ given: 'MIN-JUN', surname: 'KIM' });
    expect(splitFullName('Garcia Lopez, Maria Elena')).toEqual({
      given: 'Maria',
      surname: 'Garcia Lopez',
    });
  });

  it('reads "GIVEN [MIDDLE] SURNAME" without a comma', () => {
    expect(splitFullName('Min-jun Kim')).toEqual({ given: 'Min-jun', surname: 'Kim' });
    expect(splitFullName('  Tuan  Van Nguyen ')).toEqual({ given: 'Tuan', surname: 'Nguyen' });
    expect(splitFullName('Madonna')).toEqual({ given: '', surname: 'Madonna' });
    expect(splitFullName('')).toEqual({ given: '', surname: '' });
  });
});
