/**
 * The shape of `datasets/communities.json`: one profile per community whose names the
 * population draws from. One zod schema gives the type and the validation; the dataset build
 * script validates its output against it, and the loaders validate what they read.
 * Every number in a profile is traced in `datasets/SOURCES.md`.
 */
import { z } from 'zod';

/** The six race/ethnicity groups of the Census surname file and of Tzioumis (2018). */
export const RACE_GROUPS = ['white', 'black', 'api', 'aian', 'multi', 'hispanic'] as const;
export type RaceGroup = (typeof RACE_GROUPS)[number];
export const RaceGroupSchema = z.enum(RACE_GROUPS);

export const COMMUNITY_IDS = [
  'general',
  'korean',
  'vietnamese',
  'chinese',
  'mexican_central_american',
  'haitian',
  'east_african',
] as const;
export type CommunityId = (typeof COMMUNITY_IDS)[number];
export const CommunityIdSchema = z.enum(COMMUNITY_IDS);

/** A name with its share (0–1) of the community's people. Names are upper case ASCII. */
export const WeightedNameSchema = z.object({
  name: z.string().min(1),
  share: z.number().min(0).max(1),
});
export type WeightedName = z.infer<typeof WeightedNameSchema>;

/**
 * A surname distribution. `names` carry explicit shares; the mass they leave (1 − Σ share) is
 * drawn from the Census surname file's distribution for `remainderRace` (names not in `names`),
 * which is how rarer surnames of the community are modelled.
 */
export const SurnameDistributionSchema = z.object({
  source: z.string().min(1),
  names: z.array(WeightedNameSchema),
  remainderRace: RaceGroupSchema,
});
export type SurnameDistribution = z.infer<typeof SurnameDistributionSchema>;

/** Given names of foreign-born members, by sex; shares within each sex sum to ≤ 1. */
export const GivenNameDistributionSchema = z.object({
  source: z.string().min(1),
  male: z.array(WeightedNameSchema),
  female: z.array(WeightedNameSchema),
  /** Mass left by the lists goes to the US given-name model of this race group. */
  remainderRace: RaceGroupSchema,
});
export type GivenNameDistribution = z.infer<typeof GivenNameDistributionSchema>;

export const NamingConventionsSchema = z.object({
  /** Share of foreign-born members whose records may list the family name first. */
  familyNameFirst: z.number().min(0).max(1),
  /** Share of two-syllable given names written with a hyphen (Min-jun). */
  hyphenatedGiven: z.number().min(0).max(1),
  /** Share of two-syllable given names written with a space (Min jun). */
  spacedGiven: z.number().min(0).max(1),
  /** Share of people who carry a second (maternal) surname. */
  secondSurname: z.number().min(0).max(1),
  /** Surname is the father's given name; no family surname is shared across generations. */
  patronymic: z.boolean(),
  /** Compound given names built with a common first element ("Jean", "Marie"). */
  compoundGiven: z.object({
    share: z.number().min(0).max(1),
    male: z.array(z.string()),
    female: z.array(z.string()),
  }),
  /** Share of people with a middle name in US-style records. */
  middleName: z.number().min(0).max(1),
});
export type NamingConventions = z.infer<typeof NamingConventionsSchema>;

export const CommunityProfileSchema = z.object({
  id: CommunityIdSchema,
  label: z.string().min(1),
  /** The race/ethnicity group whose Census and Tzioumis shares apply to US-born members. */
  race: RaceGroupSchema.nullable(),
  surnames: z.object({
    /** Shares in the country of origin (e.g. Statistics Korea 2015). */
    origin: SurnameDistributionSchema.nullable(),
    /** Shares among US residents, derived from the Census 2010 surname file. */
    usResident: SurnameDistributionSchema.nullable(),
  }),
  givenNames: GivenNameDistributionSchema.nullable(),
  conventions: NamingConventionsSchema,
  /** Spelling families: each inner list holds one name's romanisations, most common first. */
  romanisationFamilies: z.array(z.array(z.string().min(1)).min(2)),
});
export type CommunityProfile = z.infer<typeof CommunityProfileSchema>;

export const CommunitiesFileSchema = z.object({
  version: z.literal(1),
  communities: z.array(CommunityProfileSchema),
});
export type CommunitiesFile = z.infer<typeof CommunitiesFileSchema>;
