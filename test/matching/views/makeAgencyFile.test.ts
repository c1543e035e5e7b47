import { describe, expect, it } from 'vitest';
import { AgencyDraft, makeAgencyFile } from '../../../src/matching/views/makeAgencyFile';
import { Noise } from '../../../src/matching/views/AgencyFile';
import { tinOf } from '../../../src/matching/views/tin';
import { parseAgencyConfig } from '../../../src/matching/views/agencyConfig';
import { NO_ADDRESS, SHARD_SIZE } from '../../../src/matching/population/PopulationShard';
import { statusOf } from '../../../src/matching/population/attributes';
import { LEGAL_STATUSES } from '../../../src/matching/population/config';
import { yearStart } from '../../../src/matching/population/calendar';
import { agencyWith, digest, viewModel, viewShard } from './viewFixtures';

describe('makeAgencyFile', () => {
  const model = viewModel();
  const shard = viewShard(1, 200_000);
  const defaults = parseAgencyConfig({ name: 'irs' });

  it('gives identical bytes for the same seed, agency and shard, and others for another agency', () => {
    const a = makeAgencyFile(model, shard, defaults, 0);
    const b = makeAgencyFile(model, shard, defaults, 0);
    expect(digest(a)).toBe(digest(b));
    expect(a.localNames).toEqual(b.localNames);
    expect(digest(makeAgencyFile(model, shard, defaults, 1))).not.toBe(digest(a));
    expect(a.byteLength()).toBe(24 * a.size);
    expect(a.agency).toBe('irs');
    expect(a.shardIndex).toBe(1);
  });

  it('writes the same names for a record whether all records are written or only a few', () => {
    const noisy = agencyWith({
      romanisation: 0.3,
      typoGiven: 0.2,
      typoSurname: 0.2,
      dobMissing: 0.1,
      nameOrderSwap: 0.5,
      secondSurnameDropped: 0.5,
      givenFormat: 0.5,
      staleAddress: 0.3,
      tinWrong: 0.05,
    });
    const full = makeAgencyFile(model, shard, noisy, 0);
    const draft = new AgencyDraft(model, shard, noisy, 0);
    const chosen = [7, 3, 5000, 5001, full.size - 1, 3];
    draft.writeNames(chosen);
    const part = draft.finish();
    expect(part.size).toBe(full.size);
    const name = (file: typeof full, id: number) => file.name(id, model.dictionary);
    for (const r of chosen) {
      expect(name(part, part.records.given[r]!)).toBe(name(full, full.records.given[r]!));
      expect(name(part, part.records.surname[r]!)).toBe(name(full, full.records.surname[r]!));
      expect(part.records.dob[r]).toBe(full.records.dob[r]);
      expect(part.records.noise[r]).toBe(full.records.noise[r]);
    }
    // Records not written carry no name and no date, never the true ones.
    expect(part.records.given[8]).toBe(0);
    expect(part.records.dob[8]).toBe(0);
    // Addresses and taxpayer numbers are the first pass's, written for every record.
    expect([...part.records.address]).toEqual([...full.records.address]);
    expect([...part.records.tin]).toEqual([...full.records.tin]);
  });

  it('holds exactly the wanted records of the full draft, with the same columns', () => {
    const noisy = agencyWith({
      staleAddress: 0.3,
      unitDropped: 0.3,
      tinWrong: 0.05,
      typoGiven: 0.1,
    });
    const full = new AgencyDraft(model, shard, noisy, 0);
    const people = new Uint8Array(shard.size);
    for (let i = 0; i < shard.size; i += 97) people[i] = 1;
    const buildings = new Uint8Array(shard.buildings.kind.length);
    for (let b = 0; b < buildings.length; b += 131) buildings[b] = 1;
    const tins = new Set<number>();
    for (let k = 0; k < full.size; k++)
      if (full.records.noise[k]! & Noise.tinWrong && k % 2 === 0) tins.add(full.records.tin[k]!);
    const wanted = (k: number) => {
      const r = full.records;
      const i = r.person[k]! - shard.index * SHARD_SIZE;
      const a = r.address[k]!;
      const atBuilding =
        a !== NO_ADDRESS && buildings[shard.addresses.building[shard.localAddress(a)]!] === 1;
      const borrowed = (r.noise[k]! & Noise.tinWrong) !== 0 && tins.has(r.tin[k]!);
      return people[i] === 1 || atBuilding || borrowed;
    };
    const expected = Array.from({ length: full.size }, (_, k) => k).filter(wanted);
    const part = new AgencyDraft(model, shard, noisy, 0, { people, buildings, tins });
    expect(part.covered).toBe(full.size);
    expect(part.size).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(1000);
    const row = (draft: AgencyDraft, k: number) => {
      const r = draft.records;
      return [r.person[k], r.address[k], r.tin[k], r.noise[k]];
    };
    const differ = expected.filter((k, j) => row(part, j).join() !== row(full, k).join());
    expect(differ).toEqual([]);
    // Names too: the names pass draws each record from its own stream.
    part.writeNames();
    full.writeNames(expected);
    const a = part.finish();
    const b = full.finish();
    const name = (file: typeof a, id: number) => file.name(id, model.dictionary);
    expected.forEach((k, j) => {
      expect(name(a, a.records.given[j]!)).toBe(name(b, b.records.given[k]!));
      expect(a.records.dob[j]).toBe(b.records.dob[k]);
      expect(a.records.noise[j]).toBe(b.records.noise[k]);
    });
  });

  it("without noise holds each covered person's true name, birth date, address and TIN", () => {
    const file = makeAgencyFile(model, shard, agencyWith({}, { minAge: 18 }), 0);
    const { people, households } = shard;
    const dobLimit = yearStart(model.config.referenceYear - 17);
    let adults = 0;
    for (let i = 0; i < shard.size; i++) if (people.dob[i]! < dobLimit) adults++;
    expect(file.size).toBe(adults);
    const r = file.records;
    const name = (id: number) => file.name(id, model.dictionary);
    const wrong: string[] = [];
    let previous = -1;
    for (let k = 0; k < file.size; k++) {
      const person = r.person[k]!;
      const i = person - shard.index * SHARD_SIZE;
      if (i <= previous || i >= shard.size) wrong.push(`record ${k}: person ${person}`);
      previous = i;
      const surname2 = people.surname2[i]!;
      const surname = model.dictionary.name(people.surname[i]!);
      const h = shard.localHousehold(people.household[i]!);
      const mail = households.mailAddress[h]!;
      const truth = [
        model.dictionary.name(people.given[i]!),
        surname2 ? `${surname} ${model.dictionary.name(surname2)}` : surname,
        people.dob[i],
        mail !== NO_ADDRESS ? mail : households.address[h],
        mail !== NO_ADDRESS ? Noise.mailAddress : 0,
        tinOf(person, people.attrs[i]!, model.config),
      ];
      const record = [
        name(r.given[k]!),
        name(r.surname[k]!),
        r.dob[k],
        r.address[k],
        r.noise[k],
        r.tin[k],
      ];
      if (record.some((v, f) => v !== truth[f])) wrong.push(`${record} ≠ ${truth}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('holds the home address when the agency does not use PO boxes', () => {
    const file = makeAgencyFile(model, shard, agencyWith({}, { useMailAddress: false }), 0);
    let wrong = 0;
    for (let k = 0; k < file.size; k++) {
      const i = file.records.person[k]! - shard.index * SHARD_SIZE;
      const h = shard.localHousehold(shard.people.household[i]!);
      if (file.records.address[k] !== shard.households.address[h]) wrong++;
      if (file.records.noise[k] !== 0) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('covers each legal status with the configured chance', () => {
    const coverage = {
      citizen: 0,
      lawfulResident: 0.3,
      deferredAction: 1,
      finalOrder: 0.5,
      otherNoncitizen: 0.7,
    };
    const file = makeAgencyFile(model, shard, agencyWith({}, { coverage }), 0);
    const covered = new Set(file.records.person);
    const counts = LEGAL_STATUSES.map(() => [0, 0]);
    for (let i = 0; i < shard.size; i++) {
      const status = statusOf(shard.people.attrs[i]!);
      counts[status]![0]!++;
      if (covered.has(shard.personId(i))) counts[status]![1]!++;
    }
    LEGAL_STATUSES.forEach((status, s) => {
      const [n, x] = counts[s]!;
      const p = coverage[status];
      expect(n).toBeGreaterThan(1000);
      expect(Math.abs(x! - n! * p)).toBeLessThanOrEqual(4 * Math.sqrt(n! * p * (1 - p)));
    });
    // Coverage is drawn per person, independently of the noise configuration.
    const noisy = makeAgencyFile(
      model,
      shard,
      parseAgencyConfig({ name: 'x', minAge: 0, coverage }),
      0,
    );
    expect(noisy.records.person).toEqual(file.records.person);
  });
});
