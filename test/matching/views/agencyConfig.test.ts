import { describe, expect, it } from 'vitest';
import { generateShard } from '../../../src/matching/population/generateShard';
import { makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { testModel } from '../../helpers/datasets';
import {
  AgencyConfigSchema,
  communityNoise,
  NOISE_KINDS,
  parseAgencyConfig,
} from '../../../src/matching/views/agencyConfig';
import { EngineError } from '../../../src/matching/messages';

const errorOf = (input: unknown, prefix?: string): EngineError => {
  try {
    parseAgencyConfig(input, prefix);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
};

describe('agency configuration', () => {
  it('fills in the documented defaults', () => {
    const config = parseAgencyConfig({ name: 'irs' });
    expect(config.minAge).toBe(18);
    expect(config.useMailAddress).toBe(true);
    expect(Object.values(config.coverage)).toEqual([1, 1, 1, 1, 1]);
    expect(config.noise).toMatchObject({
      romanisation: 0.15,
      nameOrderSwap: 0.5,
      givenFormat: 1,
      secondSurnameDropped: 0.5,
      typoGiven: 0.01,
      typoSurname: 0.01,
      dobMissing: 0.01,
      dobPlaceholder: 0.005,
      dobDayMonthSwap: 0.005,
      staleAddress: 0.5,
      unitDropped: 0.15,
      addressUnusable: 0.01,
      tinMissing: 0.05,
      tinWrong: 0.002,
    });
    expect(config.communityOverrides).toEqual({});
  });

  it('documents every option with its default and its source or "Assumption"', () => {
    const shape = AgencyConfigSchema.shape;
    for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
      expect(shape[key].description, key).toMatch(/(Default: .*)|(Required)/);
    }
    const noise = parseAgencyConfig({ name: 'x' }).noise;
    expect(Object.keys(noise).sort()).toEqual([...NOISE_KINDS].sort());
    const docs = shape.noise.unwrap().shape;
    for (const kind of NOISE_KINDS) {
      expect(docs[kind].description, kind).toMatch(/Default: [0-9.]+\. (Assumption|Source)/);
    }
  });

  it('applies community overrides on top of the agency rates', () => {
    const config = parseAgencyConfig({
      name: 'irs',
      noise: { romanisation: 0.1 },
      communityOverrides: { korean: { romanisation: 0.4 } },
    });
    expect(communityNoise(config, 'korean').romanisation).toBe(0.4);
    expect(communityNoise(config, 'korean').typoGiven).toBe(0.01);
    expect(communityNoise(config, 'chinese').romanisation).toBe(0.1);
  });

  it('rejects bad values with an EngineError naming the JSON path', () => {
    const bad = errorOf({ name: 'irs', noise: { typoGiven: 2 } }, 'agencies.0');
    expect(bad.code).toBe('configInvalid');
    expect(bad.message).toContain('agencies.0.noise.typoGiven');
    expect(errorOf({ name: 'irs', coverage: { finalOrder: -1 } }).message).toContain(
      'coverage.finalOrder',
    );
    expect(
      errorOf({ name: 'irs', communityOverrides: { korean: { typoSurname: 'x' } } }).message,
    ).toContain('communityOverrides.korean.typoSurname');
    expect(errorOf({ name: 'irs', minAge: 17.5 }).message).toContain('minAge');
    expect(errorOf({}).message).toContain('name');
  });

  it('rejects unknown keys (a misspelt rate would otherwise be ignored)', () => {
    expect(errorOf({ name: 'irs', noise: { typoGivn: 0.1 } }).message).toContain('noise');
    expect(errorOf({ name: 'irs', communityOverrides: { klingon: {} } }).message).toContain(
      'communityOverrides',
    );
  });

  it('rejects exclusive outcomes whose rates add up to more than 1', () => {
    expect(
      errorOf({ name: 'irs', noise: { dobMissing: 0.6, dobPlaceholder: 0.5 } }).message,
    ).toContain('noise.dobMissing');
    expect(
      errorOf({
        name: 'irs',
        noise: { tinWrong: 0.5 },
        communityOverrides: { haitian: { tinMissing: 0.6 } },
      }).message,
    ).toContain('communityOverrides.haitian.tinMissing');
  });
});

describe('requireTin', () => {
  it('keeps only people with a taxpayer number on file', () => {
    const model = testModel({
      size: 60_000,
      seed: 77,
      statusMix: {
        citizen: 0,
        lawfulResident: 0,
        deferredAction: 0,
        finalOrder: 0.5,
        otherNoncitizen: 0.5,
      },
      foreignBornShare: { general: 1 },
    });
    const shard = generateShard(model, 0, 60_000);
    const all = makeAgencyFile(
      model,
      shard,
      parseAgencyConfig({ name: 'all', noise: { tinMissing: 0, tinWrong: 0 } }),
      0,
    );
    const filers = makeAgencyFile(
      model,
      shard,
      parseAgencyConfig({
        name: 'filers',
        requireTin: true,
        noise: { tinMissing: 0, tinWrong: 0 },
      }),
      0,
    );
    expect(filers.size).toBeLessThan(all.size);
    for (let i = 0; i < filers.size; i++) expect(filers.records.tin[i]).not.toBe(0);
    let withTin = 0;
    for (let i = 0; i < all.size; i++) if (all.records.tin[i] !== 0) withTin++;
    expect(filers.size).toBe(withTin);
  });
});
