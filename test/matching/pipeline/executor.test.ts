import { describe, expect, it } from 'vitest';
import { transferablesOf } from '../../../src/matching/pipeline/executor';

describe('transferablesOf', () => {
  it('finds every distinct buffer under nested objects and arrays', () => {
    const a = new Uint32Array(4);
    const b = new Float64Array(2);
    const view = new Uint8Array(a.buffer, 4, 4);
    const found = transferablesOf({ a, nested: { list: [b, view], text: 'x', n: 1 }, none: null });
    expect(found).toHaveLength(2);
    expect(found).toContain(a.buffer);
    expect(found).toContain(b.buffer);
  });
});
