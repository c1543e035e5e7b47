/**
 * Validation of configuration objects with a zod schema, reporting the first problem with the
 * JSON path where it is (e.g. "population.foreignBornShare.korean: Too big: …").
 */
import type { z } from 'zod';
import { engineError } from './messages';

/** Parses `input` (undefined/null read as {}); throws EngineError `code` naming the path. */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
  pathPrefix = '',
  code: 'configInvalid' | 'matchRuleInvalid' = 'configInvalid',
): T {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
    throw engineError(code, path, issue.message);
  }
  return result.data;
}
