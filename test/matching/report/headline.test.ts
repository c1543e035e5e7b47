import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/matching/pipeline/monteCarlo';
import { estimateText, headlineSentence, roundCount } from '../../../src/matching/report/headline';
import { funnelCsv, csvField } from '../../../src/matching/report/funnelCsv';

/** The headline for counts given as their replicates' values. */
function sentence(
  population: number,
  scaled: boolean,
  n: Record<'updated' | 'wrong' | 'people' | 'citizens' | 'disclosed', number[]>,
): string {
  return headlineSentence({
    population,
    scaled,
    updatedAddresses: estimate(n.updated),
    wrongDoors: estimate(n.wrong),
    peopleBehindWrongDoors: estimate(n.people),
    citizensBehindWrongDoors: estimate(n.citizens),
    disclosed: estimate(n.disclosed),
  });
}

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

  it('says, in one sentence, how many updated addresses lead to somebody else, and in what population', () => {
    expect(
      sentence(340_000_000, false, {
        updated: [33_000],
        wrong: [4_000, 5_000, 6_000],
        people: [12_000, 15_000, 18_000],
        citizens: [6_000],
        disclosed: [47_000],
      }),
    ).toBe(
      'In a population of 340,000,000 people, of 33,000 "updated addresses" ICE would draw from 47,000 IRS disclosures, about 5,000 (15 %; 90 % interval 4,100–5,900) lead to a door where the listed person does not live but somebody else does; about 15,000 (90 % interval 12,000–18,000) people live behind those doors, 6,000 of them US citizens.',
    );
  });

  it('writes small counts of one run exactly, in the singular where they are one', () => {
    expect(
      sentence(500_000, false, {
        updated: [34],
        wrong: [1],
        people: [3],
        citizens: [1],
        disclosed: [41],
      }),
    ).toBe(
      'In a population of 500,000 people, of 34 "updated addresses" ICE would draw from 41 IRS disclosures, 1 (3 %) leads to a door where the listed person does not live but somebody else does; 3 people live behind it, 1 of them a US citizen.',
    );
    expect(
      sentence(500_000, false, {
        updated: [4_734],
        wrong: [0],
        people: [0],
        citizens: [0],
        disclosed: [6_000],
      }),
    ).toBe(
      'In a population of 500,000 people, of about 4,700 "updated addresses" ICE would draw from 6,000 IRS disclosures, none leads to a door where the listed person does not live but somebody else does.',
    );
  });

  it('calls every count "about" when it was scaled up from a sample of the list', () => {
    expect(
      sentence(500_000, true, {
        updated: [340],
        wrong: [10],
        people: [30],
        citizens: [20],
        disclosed: [410],
      }),
    ).toBe(
      'In a population of 500,000 people, of about 340 "updated addresses" ICE would draw from about 410 IRS disclosures, about 10 (3 %) lead to a door where the listed person does not live but somebody else does; about 30 people live behind those doors, 20 of them US citizens.',
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
