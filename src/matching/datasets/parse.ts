/**
 * Turns the committed dataset files (as text) into typed tables the population samples from.
 * Pure: the command line reads the files with Node, the app with fetch, tests either way.
 */
import { z } from 'zod';
import { engineError } from '../messages';
import { CommunitiesFileSchema, RACE_GROUPS, type CommunitiesFile, type RaceGroup } from './communitySchema';
import { readCsv } from './csv';
import { DATASET_FILES, type RawDatasets } from './files';

/** Census 2010 surnames with 100+ bearers, in rank order, with estimated bearers per group. */
export interface SurnameTable {
  names: string[];
  count: Float64Array;
  byRace: Record<RaceGroup, Float64Array>;
}

/** The Census residual row: people whose surname has fewer than 100 bearers. */
export interface SurnameResidual {
  totalPopulation: number;
  residualCount: number;
  residualShares: Record<RaceGroup, number>;
  distinctSurnamesTotal: number;
  listedNames: number;
}

/** SSA given names by sex (0 = female, 1 = male) with births per decade 1930 … 2010. */
export interface GivenNameTable {
  names: string[];
  sex: Uint8Array;
  byDecade: Float64Array[];
}

export const GIVEN_NAME_DECADES = [1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010] as const;

/** Tzioumis (2018): percent of a first name's bearers in each group, and the residual row. */
export interface GivenNameRaceTable {
  byName: Map<string, Float64Array>;
  other: Float64Array;
}

/** Living people in the reference year by birth year and sex. */
export interface AgeStructure {
  years: Int32Array;
  male: Float64Array;
  female: Float64Array;
}

/** Adults (18+) by ZIP code tabulation area and group; `multi` holds Other + two or more. */
export interface ZctaTable {
  zips: string[];
  total: Float64Array;
  byRace: Record<RaceGroup, Float64Array>;
}

export interface Datasets {
  surnames: SurnameTable;
  surnameResidual: SurnameResidual;
  givenNames: GivenNameTable;
  givenNameRace: GivenNameRaceTable;
  /** 366 relative weights, 1 January … 31 December, 29 February at index 59. */
  birthDays: Float64Array;
  ageStructure: AgeStructure;
  zcta: ZctaTable;
  communities: CommunitiesFile;
}

const ResidualSchema = z.object({
  totalPopulation: z.number().positive(),
  residualCount: z.number().positive(),
  residualShares: z.object(Object.fromEntries(RACE_GROUPS.map((r) => [r, z.number().min(0).max(1)])) as Record<RaceGroup, z.ZodNumber>),
  distinctSurnamesTotal: z.number().positive(),
  listedNames: z.number().positive(),
});

function parseJson<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw engineError('datasetInvalid', file, `not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw engineError('datasetInvalid', file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

function parseSurnames(text: string): SurnameTable {
  const csv = readCsv(DATASET_FILES.surnames, text, ['name'], ['count', ...RACE_GROUPS]);
  const byRace = {} as Record<RaceGroup, Float64Array>;
  for (const race of RACE_GROUPS) byRace[race] = csv.numbers[race];
  return { names: csv.strings.name, count: csv.numbers.count, byRace };
}

function parseGivenNames(text: string): GivenNameTable {
  const decadeColumns = GIVEN_NAME_DECADES.map((d) => `d${d}` as const);
  const csv = readCsv(DATASET_FILES.givenNames, text, ['name', 'sex'], decadeColumns);
  const sex = new Uint8Array(csv.rows);
  csv.strings.sex.forEach((s, i) => {
    if (s !== 'F' && s !== 'M') {
      throw engineError('datasetInvalid', DATASET_FILES.givenNames, `row ${i + 2}: sex must be F or M, found "${s}"`);
    }
    sex[i] = s === 'M' ? 1 : 0;
  });
  return {
    names: csv.strings.name.map((n) => n.toUpperCase()),
    sex,
    byDecade: decadeColumns.map((c) => csv.numbers[c]),
  };
}

const TZIOUMIS_OTHER = 'ALL OTHER FIRST NAMES';

function parseGivenNameRace(text: string): GivenNameRaceTable {
  const csv = readCsv(DATASET_FILES.givenNamesRace, text, ['name'], RACE_GROUPS);
  const byName = new Map<string, Float64Array>();
  let other: Float64Array | undefined;
  csv.strings.name.forEach((name, i) => {
    const shares = new Float64Array(RACE_GROUPS.map((r) => csv.numbers[r][i]! / 100));
    if (name === TZIOUMIS_OTHER) other = shares;
    else byName.set(name.toUpperCase(), shares);
  });
  if (!other) throw engineError('datasetInvalid', DATASET_FILES.givenNamesRace, `no "${TZIOUMIS_OTHER}" row`);
  return { byName, other };
}

function parseBirthDays(text: string): Float64Array {
  const csv = readCsv(DATASET_FILES.birthDays, text, [], ['month', 'day', 'weight']);
  if (csv.rows !== 366) {
    throw engineError('datasetInvalid', DATASET_FILES.birthDays, `expected 366 days, found ${csv.rows}`);
  }
  return csv.numbers.weight;
}

function parseAgeStructure(text: string): AgeStructure {
  const csv = readCsv(DATASET_FILES.ageStructure, text, [], ['year', 'male', 'female']);
  return { years: Int32Array.from(csv.numbers.year), male: csv.numbers.male, female: csv.numbers.female };
}

function parseZcta(text: string): ZctaTable {
  const columns = ['total', 'hispanic', 'white', 'black', 'api', 'aian', 'other'] as const;
  const csv = readCsv(DATASET_FILES.zcta, text, ['zip'], columns);
  const n = csv.numbers;
  return {
    zips: csv.strings.zip,
    total: n.total,
    byRace: { white: n.white, black: n.black, api: n.api, aian: n.aian, multi: n.other, hispanic: n.hispanic },
  };
}

/** Parses every dataset file; throws an EngineError naming the file and row of a problem. */
export function parseDatasets(raw: RawDatasets): Datasets {
  return {
    surnames: parseSurnames(raw.surnames),
    surnameResidual: parseJson(DATASET_FILES.surnamesResidual, raw.surnamesResidual, ResidualSchema),
    givenNames: parseGivenNames(raw.givenNames),
    givenNameRace: parseGivenNameRace(raw.givenNamesRace),
    birthDays: parseBirthDays(raw.birthDays),
    ageStructure: parseAgeStructure(raw.ageStructure),
    zcta: parseZcta(raw.zcta),
    communities: parseJson(DATASET_FILES.communities, raw.communities, CommunitiesFileSchema),
  };
}
