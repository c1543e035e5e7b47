import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { lowestFuseScores } from '../../../../src/matching/comparison/names/fuseBest';
import { NameLetterCounts } from '../../../../src/matching/comparison/names/fuseBound';
import { FUSE_NAME_OPTIONS } from '../../../../src/matching/comparison/names/fuseScore';
import { Rng } from '../../../../src/matching/random/prng';

const NAMES = [
  'MIN JUN KIM',
  'MIN-JUN KIM',
  'MINJUN KIM',
  'MIN SOO KIM',
  'JI WOO KIM',
  'KIM MIN JUN',
  'MIN JUN GIM',
  'MIN JUN KIMM',
  'SEO YEON PARK',
  'MIN PARK',
  'KIMBERLY KIM',
  'JUN KIM',
  'KIM',
  '',
];

/** Every name scored by one Fuse search, as the cross-reference did before the bound. */
function bruteForce(query: string, pools: string[][], limit: number) {
  let best = Infinity;
  let names: { pool: number; name: number }[] = [];
  pools.forEach((names_, pool) => {
    for (const hit of new Fuse(names_, FUSE_NAME_OPTIONS).search(query)) {
      const score = names_[hit.refIndex] === query ? 0 : (hit.score ?? 1);
      if (score > limit || score > best) continue;
      if (score < best) {
        best = score;
        names = [];
      }
      names.push({ pool, name: hit.refIndex });
    }
  });
  names.sort((x, y) => x.pool - y.pool || x.name - y.name);
  return { score: names.length > 0 ? best : Infinity, names };
}

/** lowestFuseScores over `pools` finds the best names and score that scoring every name finds. */
function expectBruteForceAnswer(query: string, pools: string[][], limit: number): void {
  const found = lowestFuseScores(
    query,
    pools.map((p) => new NameLetterCounts(p)),
    limit,
  );
  const expected = bruteForce(query, pools, limit);
  expect(found.score).toBe(expected.score);
  expect(found.names).toEqual(expected.names);
}

describe('lowestFuseScores', () => {
  it('finds the same best names and ties as scoring every name', () => {
    const rng = new Rng(3);
    const rand = (n: number) => rng.below(n);
    for (let round = 0; round < 300; round++) {
      const pools = Array.from({ length: 1 + rand(3) }, () =>
        Array.from({ length: rand(12) }, () => NAMES[rand(NAMES.length)]!),
      );
      const query = NAMES[rand(NAMES.length - 1)]!;
      const limit = [0.2, 0.6, Infinity][rand(3)]!;
      expectBruteForceAnswer(query, pools, limit);
    }
  });

  it('agrees with scoring every name on random spellings', () => {
    // Names built from a few syllables, so that near misses, ties and swapped words abound.
    const SYLLABLES = ['KIM', 'MIN', 'JUN', 'LEE', 'YI', 'PAR', 'K', 'SOO', 'JI', 'WOO', 'A', 'N'];
    const rng = new Rng(17);
    const word = () =>
      Array.from({ length: 1 + rng.below(2) }, () => SYLLABLES[rng.below(SYLLABLES.length)]!).join(
        '',
      );
    const name = () =>
      Array.from({ length: 1 + rng.below(3) }, word).join([' ', '-'][rng.below(2)]!);
    for (let round = 0; round < 300; round++) {
      const pools = Array.from({ length: 1 + rng.below(3) }, () =>
        Array.from({ length: rng.below(25) }, name),
      );
      const query = name();
      const limit = [0.3, 0.5, Infinity][rng.below(3)]!;
      expectBruteForceAnswer(query, pools, limit);
    }
  });

  it('scores only the names whose bound could still win', () => {
    const pool = new NameLetterCounts([
      'MIN JUN KIM',
      ...Array.from({ length: 50 }, () => 'SEO YEON PARK'),
      'MIN SOO KIM',
    ]);
    // Not in the pool: the identical-name shortcut does not apply, the bounds must do the work.
    const found = lowestFuseScores('MIN JUN KIMM', [pool]);
    expect(found.score).toBeGreaterThan(0);
    expect(found.names).toEqual([{ pool: 0, name: 0 }]);
    expect(found.scored).toBeLessThanOrEqual(2);
  });
});
