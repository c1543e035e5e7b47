/**
 * The committed dataset files in the browser: the small text tables are bundled into the
 * worker, the three gzip files are fetched from the app's own assets (same origin, never the
 * network) and decompressed with DecompressionStream, then parsed by the engine.
 */
import {
  DATASET_FILES,
  type DatasetRole,
  type RawDatasets,
} from '../../../src/matching/datasets/files';
import { parseDatasets, type Datasets } from '../../../src/matching/datasets/parse';
import ageStructure from '../../../datasets/age-structure.csv?raw';
import birthDays from '../../../datasets/birth-days.csv?raw';
import communities from '../../../datasets/communities.json?raw';
import givenNamesRace from '../../../datasets/given-names-race.csv?raw';
import surnamesResidual from '../../../datasets/surnames-residual.json?raw';
import givenNamesUrl from '../../../datasets/given-names.csv.gz?url';
import surnamesUrl from '../../../datasets/surnames.csv.gz?url';
import zctaUrl from '../../../datasets/zcta.csv.gz?url';

const GZIP_URLS = { surnames: surnamesUrl, givenNames: givenNamesUrl, zcta: zctaUrl } as const;

export const BUNDLED_TEXT = {
  ageStructure,
  birthDays,
  communities,
  givenNamesRace,
  surnamesResidual,
} as const;

async function gunzipText(url: string, file: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dataset file ${file} could not be read (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server that sends the file with Content-Encoding: gzip has already decompressed it.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export async function loadRawDatasets(): Promise<RawDatasets> {
  const entries = await Promise.all(
    (Object.keys(GZIP_URLS) as (keyof typeof GZIP_URLS)[]).map(
      async (role) => [role, await gunzipText(GZIP_URLS[role], DATASET_FILES[role])] as const,
    ),
  );
  const raw: Partial<Record<DatasetRole, string>> = { ...BUNDLED_TEXT };
  for (const [role, text] of entries) raw[role] = text;
  return raw as RawDatasets;
}

let loaded: Promise<Datasets> | null = null;

/** Parsed once per worker. */
export function loadBrowserDatasets(): Promise<Datasets> {
  loaded ??= loadRawDatasets().then(parseDatasets);
  return loaded;
}
