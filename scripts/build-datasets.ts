/**
 * Builds the compact derived tables in `datasets/` from the raw public files in
 * `../shared/data/` (override with env NAMESAKE_RAW_DATA). Run with `npm run datasets`.
 * Sources, transformations and assumptions: `datasets/SOURCES.md`. Raw files are never copied.
 * The output is byte-for-byte deterministic (gzip headers carry no timestamp).
 *
 * Outputs:
 *   surnames.csv.gz         Census 2010 surnames with estimated bearers per race group
 *   surnames-residual.json  the ALL OTHER NAMES row and the size of the rare-surname tail
 *   given-names.csv.gz      SSA given names by sex, counts per decade 1930–2010
 *   given-names-race.csv    Tzioumis (2018) first names by race/ethnicity
 *   birth-days.csv          relative birth frequency of each calendar day
 *   age-structure.csv       people alive in 2025 by birth year and sex
 *   zcta.csv.gz             adults (18+) by ZCTA and race/ethnicity, Census 2010
 *   communities.json        naming profiles of seven communities (CommunitiesFileSchema)
 */
import { mkdirSync } from 'node:fs';
import { buildAgeStructure, buildBirthDays } from './datasets/births.js';
import { buildCommunities } from './datasets/communities/index.js';
import { buildGivenNames, buildGivenNamesRace } from './datasets/givenNames.js';
import { outDir, rawDir, written } from './datasets/io.js';
import { buildSurnames, buildSurnamesResidual, readCensusSurnames } from './datasets/surnames.js';
import { buildZcta } from './datasets/zcta.js';

function main(): void {
  mkdirSync(outDir, { recursive: true });
  console.log(`raw data: ${rawDir}`);
  const census = readCensusSurnames();
  buildSurnames(census.names);
  buildSurnamesResidual(census.names, census.residual, census.residualPct);
  buildGivenNames();
  buildGivenNamesRace();
  const birthDaySum = buildBirthDays();
  const alive = buildAgeStructure();
  buildZcta();
  buildCommunities(census.names);

  for (const w of written) {
    const rows = w.rows > 0 ? `${w.rows} rows` : '';
    console.log(
      `${w.file.padEnd(24)} ${String(w.bytes).padStart(9)} B  ${rows.padEnd(12)} ${w.sha256}`,
    );
  }
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  console.log(
    `total ${total} B; birth-day weights sum ${birthDaySum.toFixed(5)}; alive in 2025 ${alive}`,
  );
}

main();
