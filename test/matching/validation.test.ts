import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/matching/validation';

const Schema = z.strictObject({
  share: z.number().min(0).max(1).optional(),
  size: z.number().int().min(1).max(2_000_000_000).optional(),
  weight: z.number().gt(0).optional(),
  kind: z.enum(['fuse', 'jaroWinkler']).optional(),
  rules: z.array(z.string()).min(1).optional(),
  name: z.string().min(1).optional(),
  nested: z.strictObject({ level: z.number() }).optional(),
});

const problem = (input: unknown) => {
  try {
    parseWithSchema(Schema, input, 'scenario');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('parseWithSchema', () => {
  it('says what is wrong in plain words, naming the path and the value given', () => {
    expect(problem({ share: 29.6 })).toBe(
      'scenario scenario.share: must be at most 1, got 29.6 (a value from 0 to 1: if 29.6 is a percentage, write 0.296)',
    );
    expect(problem({ share: 150 })).toBe('scenario scenario.share: must be at most 1, got 150');
    expect(problem({ size: 0 })).toBe('scenario scenario.size: must be at least 1, got 0');
    expect(problem({ size: 3e9 })).toBe(
      'scenario scenario.size: must be at most 2,000,000,000, got 3000000000',
    );
    expect(problem({ size: 2.5 })).toBe('scenario scenario.size: expected a whole number, got 2.5');
    expect(problem({ weight: 0 })).toBe('scenario scenario.weight: must be more than 0, got 0');
    expect(problem({ kind: 'fuzzy' })).toBe(
      'scenario scenario.kind: must be one of "fuse", "jaroWinkler", got "fuzzy"',
    );
    expect(problem({ rules: [] })).toBe('scenario scenario.rules: needs at least 1 item');
    expect(problem({ name: '' })).toBe('scenario scenario.name: must not be empty');
    expect(problem({ size: 'many' })).toBe('scenario scenario.size: expected a number, got "many"');
    expect(problem({ nested: {} })).toBe('scenario scenario.nested.level: required (a number)');
    expect(problem({ sise: 3 })).toBe('scenario scenario: unknown key "sise" (misspelt?)');
    expect(problem({ share: 0.3 })).toBe('accepted');
  });
});
