import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/matching/pipeline/monteCarlo';
import { estimateText, headlineSentence, roundCount } from '../../../src/matching/report/headline';
import { funnelCsv, csvField } from '../../../src/matching/report/funnelCsv';

describe('report helpers', () => {
  it('rounds counts to two significant figures above a thousand', () => {
    expect(roundCount(4_734)).toBe('4,700');
    expect(roundCount(33_012)).toBe('33,000');
    expect(roundCount(456)).toBe('460');
    expect(roundCount(7.4)).toBe('7');
  });

  it('writes the interval only when replicates differ', () => {
    expect(estimateText(estimate([4_700]))).toBe('4,700');
    expect(estimateText(estimate([4_000, 4_700, 5_400]))).toBe('4,700 (90 % interval 4,100–5,300)');
  });

  it('headlineSentence', () => {
    expect(
      headlineSentence({
        updatedAddresses: estimate([33_000]),
        wrongDoors: estimate([4_000, 5_000, 6_000]),
        peopleBehindWrongDoors: estimate([12_000, 15_000, 18_000]),
        citizensBehindWrongDoors: estimate([6_000]),
        disclosed: estimate([47_000]),
      }),
    ).toBe(
      'Of the about 33,000 "updated addresses" ICE would draw from 47,000 IRS disclosures, about 5,000 (90 % interval 4,100–5,900) (15 %) are someone else\'s home, where about 15,000 (90 % interval 12,000–18,000) people live, 6,000 of them US citizens.',
    );
  });

  it('funnelCsv quotes fields that need it', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    const e = estimate([10]);
    const csv = funnelCsv([
      {
        step: 'updated',
        label: 'an "updated address"',
        count: e,
        right: e,
        wrong: e,
        published: 33_000,
      },
    ]);
    expect(csv.split('\n')[1]).toBe(
      'updated,"an ""updated address""",10,10,10,10,10,10,10,10,10,33000',
    );
  });
});
