import { describe, expect, it } from 'vitest';
import { pickRecords } from '../../../src/matching/pipeline/recordParts';
import type { RecordColumns } from '../../../src/matching/views/AgencyFile';

describe('pickRecords', () => {
  it('copies every column at the indices, in their order', () => {
    const n = 50;
    const column32 = (k: number) =>
      Uint32Array.from({ length: n }, (_, i) => (i * 2654435761 + k) >>> 0);
    const column16 = (k: number) =>
      Uint16Array.from({ length: n }, (_, i) => (i * 40503 + k) & 0xffff);
    const records: RecordColumns = {
      person: column32(1),
      given: column32(2),
      surname: column32(3),
      dob: column16(4),
      address: column32(5),
      tin: column32(6),
      noise: column16(7),
    };
    const indices = [7, 0, 49, 7, 23];
    const picked = pickRecords(records, indices);
    for (const key of Object.keys(records) as (keyof RecordColumns)[]) {
      expect(picked[key].constructor).toBe(records[key].constructor);
      expect([...picked[key]]).toEqual(indices.map((i) => records[key][i]));
    }
  });
});
