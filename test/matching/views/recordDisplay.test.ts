import { describe, expect, it } from 'vitest';
import {
  describeRecord,
  formatAddress,
  streetName,
} from '../../../src/matching/views/recordDisplay';
import { makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { Noise } from '../../../src/matching/views/AgencyFile';
import { generateShard } from '../../../src/matching/population/generateShard';
import { BuildingKind } from '../../../src/matching/population/PopulationShard';
import { formatDate } from '../../../src/matching/population/calendar';
import { testModel } from '../../helpers/datasets';
import { agencyWith } from './viewFixtures';

const STREET = /^\d{1,4} [A-Z][a-z' -]*[a-z] (St|Ave|Rd|Dr|Ln|Blvd|Way|Ct)/;

describe('record display', () => {
  const model = testModel({ size: 100_000, seed: 6 });
  const shard = generateShard(model, 0, 50_000);

  it('gives each of the 65,536 street indexes its own name', () => {
    const names = new Set(Array.from({ length: 65_536 }, (_, s) => streetName(model, s)));
    expect(names.size).toBe(65_536);
  });

  it('writes houses, apartments, PO boxes and unusable addresses as a reader expects', () => {
    const seen = new Set<string>();
    for (let a = 0; a < shard.addressCount; a++) {
      const address = shard.index * 2 ** 21 + a;
      const kind = shard.buildings.kind[shard.addresses.building[a]!]!;
      const text = formatAddress(model, shard, address);
      const zip = /, ZIP \d{5}$/;
      expect(text).toMatch(zip);
      if (kind === BuildingKind.poBox) expect(text).toMatch(/^PO Box \d+, ZIP/);
      else if (kind === BuildingKind.apartment) {
        expect(text).toMatch(new RegExp(`${STREET.source} Apt \\d+, ZIP`));
        expect(formatAddress(model, shard, address, Noise.unitDropped)).toMatch(
          new RegExp(`${STREET.source}, ZIP`),
        );
      } else expect(text).toMatch(new RegExp(`${STREET.source}, ZIP`));
      expect(formatAddress(model, shard, address, Noise.addressUnusable)).toMatch(
        /^Unknown Address, ZIP \d{5}$/,
      );
      seen.add(String(kind));
      if (seen.size === 3 && a > 2000) break;
    }
    expect(seen.size).toBe(3);
  });

  it('describes a record with its names, date, address, TIN and noise', () => {
    const file = makeAgencyFile(model, shard, agencyWith({ dobMissing: 0.5 }), 0);
    const k = file.records.noise.findIndex((n) => (n & Noise.dobMissing) !== 0);
    const plain = file.records.noise.findIndex((n) => n === 0);
    const missing = describeRecord(model, shard, file, k);
    expect(missing.dob).toBe('');
    expect(missing.noise).toContain('dobMissing');
    const record = describeRecord(model, shard, file, plain);
    expect(record.person).toBe(file.records.person[plain]);
    expect(record.given).toBe(file.name(file.records.given[plain]!, model.dictionary));
    expect(record.dob).toBe(formatDate(file.records.dob[plain]!));
    expect(record.address).toMatch(/, ZIP \d{5}$/);
    expect(record.tin).toMatch(/^(SSN|ITIN) \d{3}-\d{2}-\d{4}$|^$/);
    expect(record.noise).toEqual([]);
  });
});
