/**
 * The `link` part of a scenario file: the two agencies whose files are linked, how records are
 * compared, and (optionally) the deterministic rules that decide. Until the full scenario
 * schema (issue #4) arrives, this is what `namesake link` reads.
 */
import { z } from 'zod';
import { RecordComparisonSpecSchema } from '../comparison/recordComparison';
import { MatchRuleSchema } from '../decision/rules';
import { parseWithSchema } from '../validation';
import { AgencyConfigSchema } from '../views/agencyConfig';

export const DEFAULT_LEFT_AGENCY = {
  name: 'list',
  coverage: { citizen: 0, lawfulResident: 0, deferredAction: 0, finalOrder: 1, otherNoncitizen: 0 },
} as const;

export const DEFAULT_RIGHT_AGENCY = { name: 'taxpayers', requireTin: true } as const;

export const LinkScenarioSchema = z.strictObject({
  left: AgencyConfigSchema.default(AgencyConfigSchema.parse(DEFAULT_LEFT_AGENCY)).describe(
    'The first file (the list): which people it holds and its noise. Default: everyone with a final order of removal, default noise. Assumption.',
  ),
  right: AgencyConfigSchema.default(AgencyConfigSchema.parse(DEFAULT_RIGHT_AGENCY)).describe(
    'The second file (the one searched): which people it holds and its noise. Default: every adult with a taxpayer number (SSN or ITIN), default noise. Assumption.',
  ),
  comparison: RecordComparisonSpecSchema.default(RecordComparisonSpecSchema.parse({})).describe(
    'How names are compared (levels of the given-name and surname comparisons). Default: exact, romanisation family, Jaro–Winkler ≥ 0.92, Double Metaphone, Jaro–Winkler ≥ 0.80.',
  ),
  rules: z
    .array(MatchRuleSchema)
    .min(1, 'needs at least 1 rule (leave "rules" out for the defaults)')
    .optional()
    .describe(
      'Deterministic rules (any one accepting declares a match); at least one when given. Default: none (the command line chooses).',
    ),
});
export type LinkScenario = z.infer<typeof LinkScenarioSchema>;

export function parseLinkScenario(input: unknown, pathPrefix = 'link'): LinkScenario {
  return parseWithSchema(LinkScenarioSchema, input, pathPrefix);
}
