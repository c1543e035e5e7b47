import { describe, expect, it } from 'vitest';
import { headerKeys } from '../../../src/matching/io/headerKeys';

describe('headerKeys', () => {
  it('trims names, keeps them as spelled, and gives a repeated name a distinct key', () => {
    const headers: string[] = [];
    const key = headerKeys(headers);
    expect([' zip', 'name ', 'zip', 'zip'].map(key)).toEqual(['zip', 'name', 'zip (2)', 'zip (3)']);
    expect(headers).toEqual(['zip', 'name', 'zip', 'zip']);
  });
});
