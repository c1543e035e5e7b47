/** Every problem of a draft scenario, each with the JSON path of the parameter it is about. */
import type { z } from 'zod';
import { plainIssue } from '../../../src/matching/validation';

export interface FieldIssue {
  /** Dotted JSON path, e.g. "population.communityShare.korean" ("" for the whole file). */
  path: string;
  message: string;
}

export function zodIssues(schema: z.ZodType, input: unknown): FieldIssue[] {
  const result = schema.safeParse(input, { error: plainIssue });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
