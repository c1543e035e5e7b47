/**
 * How two names are compared: an ordered list of tests, each naming an agreement level; a pair
 * takes the first level whose test it passes, "other" if none, and "missing" when either name
 * is empty. One zod schema gives the type, the defaults and the messages.
 */
import { z } from 'zod';
import { PHONETIC_ALGORITHMS } from './phonetic';

export const NameTestSchema = z.discriminatedUnion('test', [
  z.strictObject({ level: z.string().min(1), test: z.literal('exact') }),
  z.strictObject({ level: z.string().min(1), test: z.literal('romanisation') }),
  z.strictObject({
    level: z.string().min(1),
    test: z.literal('jaroWinkler'),
    atLeast: z.number().min(0).max(1),
  }),
  z.strictObject({
    level: z.string().min(1),
    test: z.literal('fuse'),
    atMost: z.number().min(0).max(1),
  }),
  z.strictObject({
    level: z.string().min(1),
    test: z.literal('phonetic'),
    algorithm: z.enum(PHONETIC_ALGORITHMS),
  }),
  z.strictObject({ level: z.string().min(1), test: z.literal('nameControl') }),
]);
export type NameTest = z.infer<typeof NameTestSchema>;

export const NameLevelsSchema = z
  .array(NameTestSchema)
  .min(1)
  .max(12)
  .describe(
    'Agreement levels of a name comparison, strongest first; "other" and "missing" are added after them. Default: exact, same romanisation family, Jaro–Winkler ≥ 0.92, Double Metaphone, Jaro–Winkler ≥ 0.80. Assumption: thresholds in the range Splink and the Census use.',
  );

export const DEFAULT_NAME_LEVELS: readonly NameTest[] = Object.freeze([
  { level: 'exact', test: 'exact' },
  { level: 'romanisation', test: 'romanisation' },
  { level: 'jaroWinkler92', test: 'jaroWinkler', atLeast: 0.92 },
  { level: 'doubleMetaphone', test: 'phonetic', algorithm: 'doubleMetaphone' },
  { level: 'jaroWinkler80', test: 'jaroWinkler', atLeast: 0.8 },
]);

/** The level names of a name comparison: the tests', then "other", then "missing". */
export function nameLevelNames(tests: readonly NameTest[]): string[] {
  return [...tests.map((t) => t.level), 'other', 'missing'];
}
