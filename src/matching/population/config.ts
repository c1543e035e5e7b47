/**
 * The population's parameters. One zod schema gives the type, the defaults and the validation
 * messages; each parameter's description ends with its default and its source, either a cited
 * table (datasets/SOURCES.md) or "assumption" with a range worth sweeping.
 */
import { z } from 'zod';
import { COMMUNITY_IDS, type CommunityId } from '../datasets/communitySchema';
import { parseWithSchema } from '../validation';

/** Legal statuses, in the order they are stored. */
export const LEGAL_STATUSES = [
  'citizen',
  'lawfulResident',
  'deferredAction',
  'finalOrder',
  'otherNoncitizen',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

const share = z.number().min(0).max(1);

function perCommunity(defaults: Record<CommunityId, number>, doc: string) {
  return z
    .strictObject(
      Object.fromEntries(COMMUNITY_IDS.map((id) => [id, share.default(defaults[id])])) as Record<
        CommunityId,
        z.ZodDefault<z.ZodNumber>
      >,
    )
    .default(defaults)
    .describe(doc);
}

const StatusMixSchema = z
  .strictObject({
    citizen: share,
    lawfulResident: share,
    deferredAction: share,
    finalOrder: share,
    otherNoncitizen: share,
  })
  .refine((m) => Math.abs(Object.values(m).reduce((a, b) => a + b, 0) - 1) < 1e-6, {
    message: 'the five status shares must add up to 1',
  });

const HouseholdSizesSchema = z
  .array(z.number().min(0))
  .min(1)
  .max(12)
  .refine((w) => w.some((x) => x > 0), {
    message: 'at least one household size needs a positive weight',
  });

/**
 * The most people a population may hold: a round bound under 2,048 shards of 2^20 people
 * (2,147,483,648), the most whose address ids fit in 32 bits.
 */
export const MAX_POPULATION = 2_000_000_000;

export const PopulationConfigSchema = z
  .strictObject({
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_POPULATION)
      .default(1_000_000)
      .describe(
        'Number of people in the population. Never shrink it to save time: collisions grow with absolute size. Default: 1,000,000.',
      ),
    seed: z
      .number()
      .int()
      .min(0)
      .max(0xffffffff)
      .default(1)
      .describe('Random seed; the same seed gives identical people on every machine. Default: 1.'),
    referenceYear: z
      .number()
      .int()
      .min(2011)
      .max(2040)
      .default(2025)
      .describe(
        'The year in which ages are measured and records are read. Default: 2025 (the IRS disclosure).',
      ),
    communityShare: perCommunity(
      {
        general: 0,
        korean: 0.0046,
        vietnamese: 0.005,
        chinese: 0.0102,
        mexican_central_american: 0.116,
        haitian: 0.003,
        east_african: 0.0013,
      },
      'Share of people in each named community; "general" takes what is left. Default: 2010 Census (Korean 1.42 M, Vietnamese 1.55 M, Chinese 3.14 M, Mexican 31.8 M + Central American 4.0 M of 308.7 M) and ACS ancestry for Haitian and East African (assumption, ±50 %). Source: datasets/SOURCES.md#population-model-parameters.',
    ),
    surnameSource: z
      .enum(['origin', 'usResident'])
      .default('origin')
      .describe(
        'Which surname shares a named community uses: its country of origin\'s (e.g. Statistics Korea 2015: Kim 21.5 %) or those derived for US residents from the Census 2010 file (Kim ≈ 15 % of Korean Americans). A community with only one falls back to it. Default: origin (closest to the court record: "almost one quarter of Korean Americans share surname Kim").',
      ),
    foreignBornShare: perCommunity(
      {
        general: 0.08,
        korean: 0.6,
        vietnamese: 0.65,
        chinese: 0.6,
        mexican_central_american: 0.35,
        haitian: 0.6,
        east_african: 0.65,
      },
      'Share of householders born abroad, by community. Default: general 0.08, Korean 0.6, Vietnamese 0.65, Chinese 0.6, Mexican/Central American 0.35, Haitian 0.6, East African 0.65. Assumption (ACS-informed; range ±0.15).',
    ),
    householdSizes: z
      .object({
        native: HouseholdSizesSchema.default([0.27, 0.34, 0.16, 0.13, 0.06, 0.03, 0.01]),
        foreignBorn: HouseholdSizesSchema.default([0.13, 0.24, 0.19, 0.19, 0.12, 0.07, 0.04, 0.02]),
      })
      .default({
        native: [0.27, 0.34, 0.16, 0.13, 0.06, 0.03, 0.01],
        foreignBorn: [0.13, 0.24, 0.19, 0.19, 0.12, 0.07, 0.04, 0.02],
      })
      .describe(
        "Relative weights of household sizes 1, 2, 3, … by the householder's nativity. Default: means 2.5 (native) and 3.4 (foreign-born), Census 2010; the shapes are an assumption.",
      ),
    partnerShare: share
      .default(0.65)
      .describe(
        "Chance that a household of two or more has the householder's partner. Default: 0.65. Assumption (range 0.5–0.8).",
      ),
    multigenerationalShare: z
      .object({ native: share.default(0.05), foreignBorn: share.default(0.15) })
      .default({ native: 0.05, foreignBorn: 0.15 })
      .describe(
        'Chance that a household of three or more includes a parent of the householder. Default: native 0.05, foreign-born 0.15. Assumption (Pew: multigenerational living is about three times as common among Asian and Hispanic households).',
      ),
    childUsBornShare: share
      .default(0.75)
      .describe(
        'Chance that a child of a foreign-born householder was born in the US (a citizen). Default: 0.75. Assumption (range 0.6–0.9).',
      ),
    statusMix: StatusMixSchema.default({
      citizen: 0.5,
      lawfulResident: 0.27,
      deferredAction: 0.03,
      finalOrder: 0.03,
      otherNoncitizen: 0.17,
    }).describe(
      'Legal status of foreign-born people: naturalised citizen, lawful resident, deferred action (DACA, TPS), final order of removal, other noncitizen. Default: 0.50 / 0.27 / 0.03 / 0.03 / 0.17. Assumption shaped on DHS and MPI estimates (final orders ~1.4 M of ~47 M foreign-born).',
    ),
    itinShare: share
      .default(0.4)
      .describe(
        'Share of people with a final order of removal or another noncitizen status who hold an Individual Taxpayer Identification Number (ITIN); citizens, lawful residents and people with deferred action hold an SSN. Default: 0.4. Assumption: roughly 4–5 M ITIN filers among ~11 M unauthorized immigrants (range 0.2–0.6).',
      ),
    partnerSameStatus: share
      .default(0.5)
      .describe(
        "Chance that a foreign-born partner has the householder's status rather than an independent one. Default: 0.5. Assumption.",
      ),
    spouseTakesSurname: perCommunity(
      {
        general: 0.7,
        korean: 0.1,
        vietnamese: 0.1,
        chinese: 0.1,
        mexican_central_american: 0.3,
        haitian: 0.6,
        east_african: 0,
      },
      "Chance that a partner carries the householder's surname. Default: general 0.7; Korean, Vietnamese and Chinese 0.1 (women keep their birth surname); Mexican/Central American 0.3; Haitian 0.6; East African 0 (patronymic). Assumption.",
    ),
    juniorShare: share
      .default(0.03)
      .describe(
        "Chance that a son carries his father's given name (Jr./Sr.): same name, same home, different birth year. Default: 0.03. Assumption (range 0.01–0.05).",
      ),
    twinDeliveryShare: share
      .default(0.0167)
      .describe(
        'Chance that a child is born with the next as twins (same birth date, same home). Default: 0.0167 — 33 twin births per 1,000 births (CDC/NCHS 2010s) are 1.67 % of deliveries.',
      ),
    refugeeShare: perCommunity(
      {
        general: 0,
        korean: 0,
        vietnamese: 0.3,
        chinese: 0,
        mexican_central_american: 0,
        haitian: 0.1,
        east_african: 0.5,
      },
      'Share of foreign-born people who arrived as refugees, by community. Default: Vietnamese 0.3, Haitian 0.1, East African 0.5, others 0. Assumption (range ±0.2).',
    ),
    refugeeJanuaryFirstShare: share
      .default(0.145)
      .describe(
        'Share of refugees whose documents carry an assigned birth date of 1 January. Default: 0.145 (≈14–15 % of refugees resettled around 2009).',
      ),
    apartmentShare: z
      .object({ native: share.default(0.25), foreignBorn: share.default(0.45) })
      .default({ native: 0.25, foreignBorn: 0.45 })
      .describe(
        'Chance that a household lives in an apartment building of five or more units. Default: native 0.25, foreign-born 0.45. Assumption (ACS: ~26 % of occupied units are in 5+ unit buildings).',
      ),
    apartmentMeanUnits: z
      .number()
      .min(5)
      .max(1000)
      .default(40)
      .describe(
        'Mean number of units of an apartment building (5 or more, long-tailed). Default: 40. Assumption.',
      ),
    poBoxShare: share
      .default(0.04)
      .describe('Chance that a household gets its mail at a PO box. Default: 0.04. Assumption.'),
    poBoxSharedShare: share
      .default(0.3)
      .describe(
        'Chance that a household shares the PO box of another household (relatives, neighbours). Default: 0.3. Assumption.',
      ),
    movedShare: share
      .default(0.3)
      .describe(
        'Chance that a household moved in the last three years, leaving a previous address that agencies may still hold. Default: 0.3 (about 10 % of people move each year, Census CPS).',
      ),
    localMoveShare: share
      .default(0.65)
      .describe('Chance that a move stayed in the same ZIP code. Default: 0.65. Assumption.'),
    movedIntoOccupiedShare: share
      .default(0.85)
      .describe(
        "Chance that the previous home of a household that moved is now someone else's home. Default: 0.85. Assumption (vacancy rates are about 10 %).",
      ),
  })
  .superRefine((config, ctx) => {
    // "general" takes what the named communities leave: a value of its own would be ignored.
    const shares = config.communityShare;
    if (shares.general !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['communityShare', 'general'],
        message: `"general" takes what the named communities leave (1 − their shares), so it cannot be set; leave it out (got ${shares.general})`,
      });
    const named = COMMUNITY_IDS.filter((id) => id !== 'general');
    const total = named.reduce((sum, id) => sum + shares[id], 0);
    if (total > 1 + 1e-9)
      ctx.addIssue({
        code: 'custom',
        path: ['communityShare'],
        message: `the named communities' shares add up to ${Number(total.toFixed(6))} (${named
          .filter((id) => shares[id] > 0)
          .map((id) => `${id} ${shares[id]}`)
          .join(' + ')}); at most 1`,
      });
  });

export type PopulationConfig = z.infer<typeof PopulationConfigSchema>;
export type PopulationConfigInput = z.input<typeof PopulationConfigSchema>;

/** Validates a partial configuration and fills in the defaults; errors name the JSON path. */
export function parsePopulationConfig(input: unknown, pathPrefix = ''): PopulationConfig {
  return parseWithSchema(PopulationConfigSchema, input, pathPrefix);
}
