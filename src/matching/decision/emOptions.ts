/**
 * Options of the EM fit of m, u and λ. One zod schema gives the type, the defaults and the
 * validation messages, as for the scenario.
 */
import { z } from 'zod';
import { parseWithSchema } from '../validation';

export const EmOptionsSchema = z.object({
  maxIterations: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(100)
    .describe(
      'Most EM iterations before stopping unconverged. Each iteration costs one pass over the distinct comparison patterns, not over the pairs. Default: 100.',
    ),
  tolerance: z
    .number()
    .gt(0)
    .max(0.1)
    .default(1e-6)
    .describe(
      'EM has converged when no parameter (λ, any m, any u) changes by more than this in one iteration. Default: 1e-6.',
    ),
  fixU: z
    .boolean()
    .default(true)
    .describe(
      'Keep u as given — estimated from random pairs — and fit only m and λ, as Splink does. Random pairs measure u directly, and fixing it anchors which class EM calls "match". Default: true.',
    ),
});

export type EmOptions = z.infer<typeof EmOptionsSchema>;
export type EmOptionsInput = z.input<typeof EmOptionsSchema>;

/** Validates options and fills in defaults; errors name the JSON path under `pathPrefix`. */
export function parseEmOptions(input: unknown, pathPrefix = ''): EmOptions {
  return parseWithSchema(EmOptionsSchema, input, pathPrefix);
}
