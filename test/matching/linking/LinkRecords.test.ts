import { describe, expect, it } from 'vitest';
import {
  allocateLinkRecords,
  LINK_RECORD_COLUMNS,
  pickLinkRecords,
} from '../../../src/matching/linking/LinkRecords';

describe('pickLinkRecords', () => {
  it('copies every column of the chosen records, in the order given', () => {
    const r = allocateLinkRecords(5);
    for (const key of LINK_RECORD_COLUMNS) {
      const column = r[key] as Uint32Array;
      for (let i = 0; i < 5; i++) column[i] = 10 + i;
    }
    const picked = pickLinkRecords(r, [4, 0, 2]);
    expect(picked.size).toBe(3);
    for (const key of LINK_RECORD_COLUMNS) expect(Array.from(picked[key])).toEqual([14, 10, 12]);
  });
});
