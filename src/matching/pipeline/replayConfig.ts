/**
 * The replay's own parameters: the request list ICE sends, the IRS's screen and its two match
 * paths, ICE's cross-reference back to the list, and the Monte Carlo around them. One zod
 * schema gives the type, the defaults and the validation messages; every parameter's
 * description ends with its default and its source (the court memorandum in
 * ../shared/court/, later public filings, datasets/SOURCES.md) or "Assumption (range a–b)",
 * because the scenario editor shows these texts as tooltips and calibration sweeps the ranges.
 *
 * The population the list is matched against is not configured here: it is the scenario's
 * `population` (PopulationConfig), kept at its real size; replicates and uncertain parameters
 * are the scenario's `monteCarlo` (scenario/monteCarlo.ts).
 */
import { z } from 'zod';
import { MatchRuleSchema } from '../decision/rules';
import { LEGAL_STATUSES, type LegalStatus } from '../population/config';
import { parseWithSchema } from '../validation';
import { agencySchema } from './agencySchemas';

const share = z.number().min(0).max(1);

/** ICE's record of a person on the list: old, often stale or incomplete addresses. */
export const DEFAULT_ICE_AGENCY = {
  name: 'ice',
  coverage: Object.fromEntries(
    LEGAL_STATUSES.map((s) => [s, s === 'finalOrder' ? 1 : 0]),
  ) as Record<LegalStatus, number>,
  useMailAddress: false,
  noise: {
    staleAddress: 0.8,
    unitDropped: 0.2,
    addressUnusable: 0.05,
    tinMissing: 0.55,
    tinWrong: 0.002,
    dobPlaceholder: 0.01,
  },
} as const;

/** The IRS's file: adults who file, with a taxpayer number and a mailing address. */
export const DEFAULT_IRS_AGENCY = {
  name: 'irs',
  requireTin: true,
  useMailAddress: true,
  coverage: {
    citizen: 0.62,
    lawfulResident: 0.62,
    deferredAction: 0.8,
    finalOrder: 0.35,
    otherNoncitizen: 0.5,
  },
  noise: { staleAddress: 0.2 },
} as const;

/** ICE's and the IRS's agency schemas: every member defaults to that agency's value. */
const ICE_AGENCY_SCHEMA = agencySchema(DEFAULT_ICE_AGENCY, 'ICE');
const IRS_AGENCY_SCHEMA = agencySchema(DEFAULT_IRS_AGENCY, 'the IRS');

/**
 * How names are judged similar. `fuse`: the fuse.js score of the full name (0 identical, 1
 * unrelated; FUSE_NAME_OPTIONS) at most `threshold`. `rule`: a deterministic rule over the
 * record comparison's fields (given, surname, nameControl, nameOrder, dob, address, tin).
 */
const FuseNameRuleSchema = z.strictObject({
  kind: z.literal('fuse'),
  threshold: share.describe(
    'Highest fuse.js score (0 = identical, 1 = unrelated) of the full name "GIVEN SURNAME" that counts as the same or a similar name. Required.',
  ),
});
const RecordRuleSchema = z.strictObject({
  kind: z.literal('rule'),
  rule: MatchRuleSchema,
});
export const NameRuleSchema = z.discriminatedUnion('kind', [FuseNameRuleSchema, RecordRuleSchema]);
export type NameRule = z.infer<typeof NameRuleSchema>;

const ListSchema = z
  .strictObject({
    size: z
      .number()
      .int()
      .min(1)
      .max(20_000_000)
      .default(1_280_000)
      .describe(
        'People on the request list ICE sends, drawn at random from the adults with a final order of removal (all of them when there are fewer). Default: 1,280,000 — the June 27 2025 request of "approximately 1.2 million" (court memorandum, TD_0000107–108), 1.28 M in later public filings.',
      ),
    sample: z
      .number()
      .int()
      .min(1)
      .nullable()
      .default(null)
      .describe(
        "How many of the list records go through the IRS match (a seeded random sample); every count is scaled by list size ÷ sample and the scaling is stated in the result. The population is never sampled, and ICE's cross-reference still searches the whole list. Default: null (the whole list). A scale knob, not a model parameter.",
      ),
    agency: ICE_AGENCY_SCHEMA.default(ICE_AGENCY_SCHEMA.parse({})).describe(
      'ICE\'s records of the people on the list (the MOU lets ICE send name, address, date of birth, A-number and SSN/ITIN where known): who is on file (coverage by legal status) and how the records depart from the truth. Default: final orders only; stale address 0.8 of households that moved, unit dropped 0.2, "Unknown Address" + ZIP 0.05 (the filings: nearly 5 % of disclosures rested on incomplete or garbage addresses), taxpayer number unknown 0.55, 1 January placeholder birth date 0.01, the other noise rates at their defaults. Assumption: ICE addresses date from the removal case (range: staleAddress 0.5–0.95, addressUnusable 0.01–0.08, tinMissing 0.5–0.95; tinMissing is calibrated on the 42,695 TIN-path disclosures).',
    ),
    addressMissing: share
      .default(0.02)
      .describe(
        'Share of list records whose address field holds neither an address nor a ZIP ("Failed to Provide" alone), so even the IRS\'s ZIP proxy rejects them. Default: 0.02. Assumption (range 0–0.1).',
      ),
    addressOutdated: share
      .default(0.9)
      .describe(
        "Share of list records whose address predates the population's three-year move window: an address from the removal case where the person no longer lives (another household's home now, drawn at random in the person's shard). Default: 0.9. Assumption (range 0.5–0.97): final orders are mostly years old; calibrated so that the name-and-address path yields about the 4,594 disclosures not made by TIN matching.",
      ),
  })
  .default({
    size: 1_280_000,
    sample: null,
    agency: ICE_AGENCY_SCHEMA.parse({}),
    addressMissing: 0.02,
    addressOutdated: 0.9,
  })
  .describe('The request list ICE sends the IRS (June 27 2025). Default: as each member says.');

const ScreenSchema = z
  .strictObject({
    minDaysSinceOrder: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .default(90)
      .describe(
        'The IRS drops people whose final order of removal is younger than this many days (they "could not have violated" 8 U.S.C. § 1253(a)(1)). Default: 90 (court memorandum; 8 U.S.C. § 1253(a)(1)).',
      ),
    recentOrderShare: share
      .default(0.05)
      .describe(
        'Share of the people on the list whose final order is younger than `minDaysSinceOrder` days, drawn per person. Default: 0.05. Assumption (range 0.01–0.15): about 1.4 M final orders accumulated over decades against tens of thousands of new orders a quarter.',
      ),
  })
  .default({ minDaysSinceOrder: 90, recentOrderShare: 0.05 })
  .describe("The IRS's screen before matching. Default: as each member says.");

const TinPathSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Whether list records carrying a taxpayer number are matched by "TIN matching". Default: true (42,695 of the 47,289 disclosures, public filings).',
      ),
    nameControl: z
      .boolean()
      .default(true)
      .describe(
        'Whether the TIN must come with the same IRS name control (first four letters of the surname). Default: true (public filings).',
      ),
    zipProxy: z
      .boolean()
      .default(true)
      .describe(
        'Whether the only address test is that the address field holds a 5- or 9-digit number, so "Unknown Address" plus a ZIP passes; false requires the IRS address to be the same street address (unit or not). Default: true (public filings; the D.C. court found the IRS disclosed "without first confirming that an address provided by ICE matched an address the IRS had").',
      ),
  })
  .default({ enabled: true, nameControl: true, zipProxy: true })
  .describe('Path (a): the list record carries an SSN or ITIN. Default: as each member says.');

const NamePathSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Whether list records without a taxpayer number are matched on name and address. Default: true (the 4,594 disclosures not made by TIN matching, public filings).',
      ),
    name: NameRuleSchema.default({ kind: 'fuse', threshold: 0.1 }).describe(
      'When the names of a list record and a taxpayer at its address are the same: a fuse.js score threshold on the full name, or a rule. Default: fuse.js score at most 0.1 (near-exact). Assumption (range 0–0.4).',
    ),
    addressAtMost: z
      .number()
      .int()
      .min(0)
      .max(2)
      .default(1)
      .describe(
        'How closely the addresses must agree (address comparison levels): 0 same unit; 1 same building with a unit missing on either side; 2 same building, another unit (a neighbour). Levels past the building (same ZIP) are not offered: a building lies in one shard of the population, a ZIP does not. Default: 1. Assumption (range 0–2).',
      ),
  })
  .default({ enabled: true, name: { kind: 'fuse', threshold: 0.1 }, addressAtMost: 1 })
  .describe(
    'Path (b): the list record has no taxpayer number; the IRS looks for a taxpayer of the same name at the same address. Default: as each member says.',
  );

const CrossReferenceSchema = z
  .strictObject({
    name: NameRuleSchema.default({ kind: 'fuse', threshold: 0.6 }).describe(
      'How ICE links each disclosed IRS record back to its list, by "same or similar names" (Fitzgerald Decl. ¶ 5, court memorandum): every list record in the disclosure\'s name block is scored and the most similar one within the rule is taken; equally similar ones are told apart at random (ICE had nothing else to tell them apart by). Default: fuse.js score at most 0.6, fuse.js\'s own default threshold. Assumption (range 0.1–0.6).',
    ),
    useDob: z
      .boolean()
      .default(false)
      .describe(
        'Whether equally similar names are told apart by date of birth (a list record whose date of birth agrees with the IRS record wins) before chance. Default: false (the record speaks of names only). Assumption.',
      ),
  })
  .default({ name: { kind: 'fuse', threshold: 0.6 }, useDob: false })
  .describe(
    'ICE\'s cross-reference of the disclosures with its list; an address that differs from the linked list record\'s is an "updated address" (about 33,000 of 47,000, court memorandum). Default: as each member says.',
  );

export const ReplayConfigSchema = z.strictObject({
  list: ListSchema,
  screen: ScreenSchema,
  tinPath: TinPathSchema,
  namePath: NamePathSchema,
  irs: IRS_AGENCY_SCHEMA.default(IRS_AGENCY_SCHEMA.parse({})).describe(
    "The IRS's records: adults with a taxpayer number who file (coverage by legal status) and their noise; the disclosed address is the IRS's last known address, the mailing address when there is one. Default: filing shares citizen and lawful resident 0.62 (≈160 M filers of ≈258 M adults, IRS SOI), deferred action 0.8, final order 0.35 and other noncitizen 0.5 of those holding an ITIN (calibrated with the list's tinMissing on the 42,695 TIN-path disclosures), stale address 0.2, other noise at its defaults. Assumption (filing shares range 0.4–0.9; final order 0.2–0.6).",
  ),
  crossReference: CrossReferenceSchema,
  examples: z
    .number()
    .int()
    .min(0)
    .max(100)
    .default(12)
    .describe('How many wrong matches are explained field by field in the result. Default: 12.'),
});

export type ReplayConfig = z.infer<typeof ReplayConfigSchema>;
export type ReplayConfigInput = z.input<typeof ReplayConfigSchema>;

/** Validates a partial replay configuration and fills in the defaults; errors name the JSON path. */
export function parseReplayConfig(input: unknown, pathPrefix = 'replay'): ReplayConfig {
  return parseWithSchema(ReplayConfigSchema, input, pathPrefix);
}

/** The published figures of the 2025 disclosure the replay is calibrated against. */
export const PUBLISHED = {
  requested: 1_280_000,
  disclosed: 47_289,
  disclosedShare: 0.037,
  tinPath: 42_695,
  namePath: 47_289 - 42_695,
  garbageAddressShare: 0.05,
  updated: 33_000,
  updatedShare: 0.7,
} as const;
