/**
 * Shared set-up of the agency-view tests: a population with enough members of the named
 * communities to measure their noise, agency configurations, and an edit distance.
 */
import { createHash } from 'node:crypto';
import { generateShard } from '../../../src/matching/population/generateShard';
import type { PopulationShard } from '../../../src/matching/population/PopulationShard';
import type { PopulationModel } from '../../../src/matching/population/model';
import {
  NOISE_KINDS,
  parseAgencyConfig,
  type AgencyConfig,
  type NoiseKind,
} from '../../../src/matching/views/agencyConfig';
import type { AgencyFile } from '../../../src/matching/views/AgencyFile';
import { testModel } from '../../helpers/datasets';

/** Named communities made common, so each noise kind has thousands of eligible records. */
export const VIEW_POPULATION = {
  size: 600_000,
  seed: 21,
  communityShare: {
    korean: 0.2,
    chinese: 0.1,
    vietnamese: 0.05,
    mexican_central_american: 0.3,
    haitian: 0.05,
    east_african: 0.05,
  },
};

export function viewModel(): PopulationModel {
  return testModel(VIEW_POPULATION);
}

const shards = new Map<string, PopulationShard>();

/** Shard k of the view population with `people` people (cached). */
export function viewShard(k: number, people: number): PopulationShard {
  const key = `${k}:${people}`;
  let shard = shards.get(key);
  if (!shard) {
    shard = generateShard(viewModel(), k, people);
    shards.set(key, shard);
  }
  return shard;
}

export const ZERO_NOISE = Object.fromEntries(NOISE_KINDS.map((k) => [k, 0])) as Record<
  NoiseKind,
  number
>;

/** An agency with no noise but the rates given. */
export function agencyWith(
  noise: Partial<Record<NoiseKind, number>>,
  more: Record<string, unknown> = {},
): AgencyConfig {
  return parseAgencyConfig({
    name: 'test',
    minAge: 0,
    noise: { ...ZERO_NOISE, ...noise },
    ...more,
  });
}

export function digest(file: AgencyFile): string {
  const hash = createHash('sha256');
  for (const column of file.columns())
    hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
  return hash.digest('hex');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Expects a count of independent Bernoulli outcomes with the given chances to be within four
 * standard errors of its mean (variance Σ p(1 − p)).
 */
export function bernoulliBounds(chances: number[]): { mean: number; se: number } {
  let mean = 0;
  let variance = 0;
  for (const p of chances) {
    mean += p;
    variance += p * (1 - p);
  }
  return { mean, se: Math.sqrt(variance) };
}
