/**
 * One agency's view of the population: who is in its file and how its records depart from the
 * truth. One zod schema gives the type, the defaults and the validation messages; each noise
 * rate's description ends with its default and its source or "Assumption".
 */
import { z } from 'zod';
import { COMMUNITY_IDS, type CommunityId } from '../datasets/communitySchema';
import { parseWithSchema } from '../validation';
import { LEGAL_STATUSES, type LegalStatus } from '../population/config';

const share = z.number().min(0).max(1);

/** Each noise rate: its default and its documentation (the scenario editor's tooltip). */
const NOISE_DOCS = {
  romanisation: [
    0.15,
    'Chance that a given name or surname belonging to a romanisation family (Lee/Yi/Rhee, Park/Pak/Bak) is written as another member of its family, chosen uniformly. Only the first surname is affected. Default: 0.15. Assumption (range 0.05–0.3).',
  ],
  nameOrderSwap: [
    0.5,
    "Chance, multiplied by the person's community share `conventions.familyNameFirst`, that a foreign-born person's record has given name and surname swapped. Default: 0.5. Assumption (range 0–1).",
  ],
  givenFormat: [
    1,
    "Chance that a two-part given name (Min-jun, Jean Claude) is rewritten per the community's hyphenatedGiven / spacedGiven shares: hyphen, space, or joined (the rest). Communities whose two shares are both 0 state no convention and keep the name as generated. Default: 1. Assumption.",
  ],
  secondSurnameDropped: [
    0.5,
    "Chance that a person with a second (maternal) surname appears under the first surname only; otherwise the record's surname is the compound 'FIRST SECOND'. Default: 0.5. Assumption (range 0.2–0.8).",
  ],
  typoGiven: [
    0.01,
    'Chance of one keyboard typo in the given name (typos.ts). Default: 0.01. Assumption (range 0.001–0.05).',
  ],
  typoSurname: [
    0.01,
    'Chance of one keyboard typo in the surname (typos.ts). Default: 0.01. Assumption (range 0.001–0.05).',
  ],
  dobMissing: [
    0.01,
    'Share of records without a date of birth. Default: 0.01. Assumption (range 0–0.05).',
  ],
  dobPlaceholder: [
    0.005,
    'Share of records whose date of birth is a placeholder, 1 January of the true year (common when the date was unknown). Default: 0.005. Assumption (range 0–0.02).',
  ],
  dobDayMonthSwap: [
    0.005,
    'Share of records with day and month swapped (only possible when the day is 12 or less and differs from the month). Default: 0.005. Assumption (range 0–0.02).',
  ],
  staleAddress: [
    0.5,
    "Chance that the record of a household that moved in the last three years still holds its previous home (usually someone else's home now) instead of its current home or PO box. Default: 0.5. Assumption (range 0.2–0.8).",
  ],
  unitDropped: [
    0.15,
    'Chance that an apartment address loses its unit number, leaving only the building. Default: 0.15. Assumption (range 0.05–0.3).',
  ],
  addressUnusable: [
    0.01,
    'Chance that the address field is unusable ("Unknown Address" and a ZIP). Default: 0.01. Assumption: the disclosure filings report nearly 5 % of matches resting on incomplete or garbage addresses (range 0.005–0.05).',
  ],
  tinMissing: [
    0.05,
    'Chance that a person who has a taxpayer number (SSN or ITIN) is on file without it. Default: 0.05. Assumption (range 0–0.3).',
  ],
  tinWrong: [
    0.002,
    "Chance that the record carries someone else's taxpayer number: a household member's when one has a number, else a random person's of the shard. Default: 0.002. Assumption (range 0–0.01).",
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type NoiseKind = keyof typeof NOISE_DOCS;
export const NOISE_KINDS = Object.keys(NOISE_DOCS) as NoiseKind[];

type NoiseShape<T> = Record<NoiseKind, T>;

const noiseShape = <T extends z.ZodType>(make: (kind: NoiseKind) => T): NoiseShape<T> =>
  Object.fromEntries(NOISE_KINDS.map((kind) => [kind, make(kind)])) as NoiseShape<T>;

const DEFAULT_NOISE = Object.fromEntries(
  NOISE_KINDS.map((kind) => [kind, NOISE_DOCS[kind][0]]),
) as Record<NoiseKind, number>;

export const NoiseSchema = z
  .strictObject(
    noiseShape((kind) => share.default(NOISE_DOCS[kind][0]).describe(NOISE_DOCS[kind][1])),
  )
  .default(DEFAULT_NOISE)
  .describe(
    "How the agency's records depart from the truth; each rate is a chance per record or per name. Default: the rates of each kind, all assumptions.",
  );
export type AgencyNoise = z.infer<typeof NoiseSchema>;

const NoiseOverrideSchema = z
  .strictObject(noiseShape((kind) => share.optional().describe(NOISE_DOCS[kind][1])))
  .describe('Noise rates that differ for one community; the others keep the agency-wide value.');
export type NoiseOverride = z.infer<typeof NoiseOverrideSchema>;

const DEFAULT_COVERAGE = Object.fromEntries(LEGAL_STATUSES.map((s) => [s, 1])) as Record<
  LegalStatus,
  number
>;

export const AgencyConfigSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('Short name of the agency, used in reports and file names (e.g. "irs"). Required.'),
    coverage: z
      .strictObject(
        Object.fromEntries(LEGAL_STATUSES.map((s) => [s, share.default(1)])) as Record<
          LegalStatus,
          z.ZodDefault<z.ZodNumber>
        >,
      )
      .default(DEFAULT_COVERAGE)
      .describe(
        'Share of people of each legal status who are in the file, drawn per person independently of the noise. Default: 1 for every status. Assumption: set per agency (a request list covers final orders only).',
      ),
    minAge: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(18)
      .describe(
        'Youngest age on file, reached by the end of the reference year. Default: 18. Assumption (adults file taxes and are on removal lists).',
      ),
    requireTin: z
      .boolean()
      .default(false)
      .describe(
        "Whether only people with a taxpayer number (an SSN, or an ITIN — see the population's itinShare) are on file, as in a tax agency's file of those who file. Default: false. Assumption: true for the IRS.",
      ),
    useMailAddress: z
      .boolean()
      .default(true)
      .describe(
        "Whether the record holds the household's PO box when it has one, rather than its home. Default: true. Assumption (tax records hold the mailing address).",
      ),
    noise: NoiseSchema,
    communityOverrides: z
      .strictObject(
        Object.fromEntries(
          COMMUNITY_IDS.map((id) => [id, NoiseOverrideSchema.optional()]),
        ) as Record<CommunityId, z.ZodOptional<typeof NoiseOverrideSchema>>,
      )
      .default({})
      .describe(
        'Noise rates that differ by community, e.g. more romanisation variants for Korean names. Default: none. Assumption.',
      ),
  })
  .superRefine((config, ctx) => {
    // Mutually exclusive outcomes share one draw, so their rates may not add up to more than 1.
    const groups: NoiseKind[][] = [
      ['dobMissing', 'dobPlaceholder', 'dobDayMonthSwap'],
      ['tinMissing', 'tinWrong'],
    ];
    for (const id of [null, ...COMMUNITY_IDS]) {
      const noise = id === null ? config.noise : communityNoise(config, id);
      for (const group of groups) {
        if (group.reduce((sum, kind) => sum + noise[kind], 0) <= 1 + 1e-9) continue;
        const override = id === null ? undefined : config.communityOverrides[id];
        if (id !== null && !group.some((kind) => override?.[kind] !== undefined)) continue;
        ctx.addIssue({
          code: 'custom',
          path: id === null ? ['noise', group[0]!] : ['communityOverrides', id, group[0]!],
          message: `${group.join(' + ')} may not add up to more than 1`,
        });
      }
    }
  });

export type AgencyConfig = z.infer<typeof AgencyConfigSchema>;
export type AgencyConfigInput = z.input<typeof AgencyConfigSchema>;

/** The noise rates that apply to one community: the agency's, with its overrides on top. */
export function communityNoise(config: AgencyConfig, id: CommunityId): AgencyNoise {
  const override = config.communityOverrides[id];
  if (!override) return config.noise;
  const noise = { ...config.noise };
  for (const kind of NOISE_KINDS) noise[kind] = override[kind] ?? noise[kind];
  return noise;
}

/** Validates an agency's configuration and fills in the defaults; errors name the JSON path. */
export function parseAgencyConfig(input: unknown, pathPrefix = ''): AgencyConfig {
  return parseWithSchema(AgencyConfigSchema, input, pathPrefix);
}
