/**
 * A scenario file: everything a run needs, in one JSON file. One zod schema gives the
 * TypeScript type, the defaults, the validation messages (which name the JSON path of the
 * problem) and — generated from it, never kept by hand — the JSON Schema that editors and the
 * app's scenario editor read (datasets/scenario.schema.json). Each parameter's description ends
 * with its default and its source, or "Assumption" with a range (datasets/SOURCES.md).
 */
import { z } from 'zod';
import { LinkScenarioSchema } from '../linking/linkScenario';
import { PopulationConfigSchema } from '../population/config';
import { MonteCarloSchema } from './monteCarlo';
import { ReplayConfigSchema } from './replayMember';

/**
 * The current version of the scenario format. Version 0 is the unversioned file of before
 * issue #4 (only `population` and `link`); migrate.ts brings older files up to date.
 */
export const SCENARIO_VERSION = 1;

export const ScenarioMetaSchema = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .max(80)
      .default('Untitled scenario')
      .describe(
        'Short title, shown in the app’s gallery and in reports. Default: "Untitled scenario".',
      ),
    summary: z
      .string()
      .max(300)
      .default('')
      .describe(
        'One line on what the scenario shows, for the app’s gallery (e.g. "How many of the 33,000 updated addresses are someone else’s home"). Default: empty.',
      ),
  })
  .meta({ title: 'About this scenario' });
export type ScenarioMeta = z.infer<typeof ScenarioMetaSchema>;

const defaults = <T extends z.ZodType>(schema: T): z.output<T> => schema.parse({});

export const ScenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe(
        'Where editors find the JSON Schema of this file (e.g. "../scenario.schema.json"); ignored by Namesake. Default: none.',
      ),
    version: z
      .literal(SCENARIO_VERSION)
      .default(SCENARIO_VERSION)
      .describe(
        `Version of the scenario format; older files are migrated when read. Default: ${SCENARIO_VERSION} (the current version).`,
      ),
    meta: ScenarioMetaSchema.default(defaults(ScenarioMetaSchema)).describe(
      'Title and one-line summary, for the app’s gallery. Default: "Untitled scenario", no summary.',
    ),
    population: PopulationConfigSchema.default(defaults(PopulationConfigSchema))
      .describe(
        'The synthetic population (size, communities, households, legal status): see src/matching/population/config.ts. Default: 1,000,000 people with the cited defaults of each parameter.',
      )
      .meta({ title: 'Population' }),
    link: LinkScenarioSchema.default(defaults(LinkScenarioSchema))
      .describe(
        'The two agencies’ files, the record comparison and the rules of `namesake link`. Default: the final-order list against the taxpayer file, default noise.',
      )
      .meta({ title: 'Link two files' }),
    replay: ReplayConfigSchema.default(defaults(ReplayConfigSchema))
      .describe(
        'The two-stage IRS→ICE replay: request list, IRS screen and match, ICE cross-reference. Default: the published pipeline with the calibrated assumptions (datasets/SOURCES.md#calibration-ranges).',
      )
      .meta({ title: 'IRS→ICE replay' }),
    monteCarlo: MonteCarloSchema.default(defaults(MonteCarloSchema)).describe(
      'Replicates and uncertain parameters. Default: one replicate, no uncertain parameters.',
    ),
  })
  .meta({
    title: 'Namesake scenario',
    description:
      'A Namesake scenario: the population, the agencies’ files, the IRS→ICE replay and its Monte Carlo run. Every member is optional; what is left out takes its default.',
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
