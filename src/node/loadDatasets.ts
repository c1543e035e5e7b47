/**
 * Reads the committed dataset files from disk (Node only) and parses them with the engine.
 * Shared by the command line, the benchmark, scripts and tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DATASET_FILES, type DatasetRole, type RawDatasets } from '../matching/datasets/files';
import { parseDatasets, type Datasets } from '../matching/datasets/parse';

/** The repository's datasets/ folder, found from this file's location. */
export const DEFAULT_DATASETS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../datasets',
);

export function readRawDatasets(dir = DEFAULT_DATASETS_DIR): RawDatasets {
  const raw = {} as RawDatasets;
  for (const [role, file] of Object.entries(DATASET_FILES) as [DatasetRole, string][]) {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(
        `dataset file ${path} is missing: run "npm run datasets" or check the install`,
      );
    }
    raw[role] = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  }
  return raw;
}

const cache = new Map<string, Datasets>();

/** Parsed datasets, read once per folder per process. */
export function loadDatasets(dir = DEFAULT_DATASETS_DIR): Datasets {
  let datasets = cache.get(dir);
  if (!datasets) {
    datasets = parseDatasets(readRawDatasets(dir));
    cache.set(dir, datasets);
  }
  return datasets;
}
