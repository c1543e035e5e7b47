/**
 * The committed dataset files, by role. Built from ../shared/data by `npm run datasets`
 * (scripts/build-datasets.ts); their sources and transformations are in datasets/SOURCES.md.
 */
export const DATASET_FILES = {
  surnames: 'surnames.csv.gz',
  surnamesResidual: 'surnames-residual.json',
  givenNames: 'given-names.csv.gz',
  givenNamesRace: 'given-names-race.csv',
  birthDays: 'birth-days.csv',
  ageStructure: 'age-structure.csv',
  zcta: 'zcta.csv.gz',
  communities: 'communities.json',
} as const;

export type DatasetRole = keyof typeof DATASET_FILES;

/** The files' text (already decompressed), as the loaders of each layer read it. */
export type RawDatasets = Record<DatasetRole, string>;
