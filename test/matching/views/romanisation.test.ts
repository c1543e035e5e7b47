import { describe, expect, it } from 'vitest';
import { romanisationTable } from '../../../src/matching/views/romanisation';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import { testModel } from '../../helpers/datasets';

const community = (id: (typeof COMMUNITY_IDS)[number]) => COMMUNITY_IDS.indexOf(id);

describe('romanisation families', () => {
  const model = testModel({ size: 100_000, seed: 2 });
  const table = romanisationTable(model);
  const id = (name: string) => model.dictionary.find(name);
  const spellings = (c: number, name: string) => [...(table.of(c, id(name))?.names ?? [])].sort();

  it("prefers the person's own community when a name is in several (LEE is Korean and Chinese)", () => {
    expect(spellings(community('korean'), 'LEE')).toEqual(['I', 'RHEE', 'RHIE', 'YI']);
    expect(spellings(community('chinese'), 'LEE')).toEqual(['LI']);
    expect(spellings(community('korean'), 'CHANG')).toEqual(['JANG']);
    expect(spellings(community('chinese'), 'CHANG')).toEqual(['CHEUNG', 'ZHANG']);
  });

  it('falls back to the first community that lists a name', () => {
    expect(spellings(community('general'), 'LEE')).toEqual(['I', 'RHEE', 'RHIE', 'YI']);
    expect(spellings(community('mexican_central_american'), 'NGUYEN')).toEqual([
      'NGUEN',
      'NGYUEN',
      'NUYEN',
    ]);
  });

  it('joins the families of a name listed twice by one community (Cantonese WONG: Wang, Huang)', () => {
    expect(spellings(community('chinese'), 'WONG')).toEqual(['HUANG', 'HWANG', 'WANG']);
  });

  it('keeps the ids of spellings the dictionary knows, and says which names have none', () => {
    const park = table.of(community('korean'), id('PARK'))!;
    park.names.forEach((name, k) => expect(park.ids[k]).toBe(model.dictionary.find(name)));
    expect(table.has(id('PARK'))).toBe(true);
    expect(table.has(id('SMITH'))).toBe(false);
    expect(table.of(community('korean'), id('SMITH'))).toBeUndefined();
    expect(romanisationTable(model)).toBe(table);
  });
});
