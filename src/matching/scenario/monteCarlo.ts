/**
 * How a scenario declares its Monte Carlo run: how many replicates (replicate r uses seed + r),
 * and which parameters are uncertain, each with a range and a distribution to draw it from once
 * per replicate. The scenario's own value stays the one a single run uses; the range is what the
 * record leaves open (datasets/SOURCES.md#calibration-ranges).
 */
import { z } from 'zod';

export const DISTRIBUTIONS = ['uniform', 'logUniform', 'triangular'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const UncertainParameterSchema = z
  .strictObject({
    path: z
      .string()
      .regex(/^(population|link|replay)(\.[A-Za-z0-9_]+)+$/, {
        message:
          'expected the JSON path of a number in the scenario, e.g. "replay.list.agency.noise.tinWrong" (starting with population., link. or replay.)',
      })
      .describe(
        'JSON path of the numeric parameter drawn per replicate, e.g. "replay.list.agency.noise.tinWrong" or "link.right.noise.tinWrong". Required.',
      ),
    low: z.number().describe('Lowest value of the range. Required.'),
    high: z.number().describe('Highest value of the range. Required.'),
    distribution: z
      .enum(DISTRIBUTIONS)
      .default('uniform')
      .describe(
        'How the value is drawn within [low, high]: uniform; logUniform (uniform in the logarithm, for rates spanning orders of magnitude; needs low > 0); triangular (peaked at `mode`). Default: uniform (assumption: nothing in the record favours one value of the range).',
      ),
    mode: z
      .number()
      .optional()
      .describe(
        "Peak of a triangular distribution, within [low, high]. Default: the scenario's own value of the parameter.",
      ),
  })
  .superRefine((p, ctx) => {
    if (p.low > p.high)
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'high must be at least low' });
    if (p.distribution === 'logUniform' && p.low <= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['low'],
        message: 'a logUniform range needs low above 0',
      });
    if (p.mode !== undefined && (p.mode < p.low || p.mode > p.high))
      ctx.addIssue({ code: 'custom', path: ['mode'], message: 'mode must lie within [low, high]' });
  })
  .meta({ title: 'Uncertain parameter' });
export type UncertainParameter = z.infer<typeof UncertainParameterSchema>;

export const MonteCarloSchema = z
  .strictObject({
    replicates: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(1)
      .describe(
        'Number of replicates; replicate r uses seed + r for the request list, the agency records and the draws of the uncertain parameters, so each number gets a 90 % interval. Default: 1.',
      ),
    uncertain: z
      .array(UncertainParameterSchema)
      .default([])
      .describe(
        'Parameters drawn afresh in each replicate from their ranges, so the intervals include what the record does not reveal, not only sampling noise. Default: none (each replicate uses the scenario’s values).',
      ),
  })
  .superRefine((mc, ctx) => {
    const seen = new Set<string>();
    mc.uncertain.forEach((p, i) => {
      if (seen.has(p.path))
        ctx.addIssue({
          code: 'custom',
          path: ['uncertain', i, 'path'],
          message: `"${p.path}" is declared uncertain twice`,
        });
      seen.add(p.path);
    });
  })
  .meta({ title: 'Monte Carlo' });
export type MonteCarloConfig = z.infer<typeof MonteCarloSchema>;

/**
 * The value of an uncertain parameter at quantile `u` ∈ [0, 1) of its distribution: the Monte
 * Carlo runner draws `u` from its own seeded stream and calls this, so the draw is
 * deterministic. `fallbackMode` is the scenario's value, the peak of a triangular range
 * without `mode`.
 */
export function parameterQuantile(p: UncertainParameter, u: number, fallbackMode: number): number {
  const { low, high } = p;
  if (high === low) return low;
  switch (p.distribution) {
    case 'uniform':
      return low + u * (high - low);
    case 'logUniform':
      return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low)));
    case 'triangular': {
      const mode = Math.min(high, Math.max(low, p.mode ?? fallbackMode));
      const split = (mode - low) / (high - low);
      return u < split
        ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }
  }
}
