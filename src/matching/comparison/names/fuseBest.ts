/**
 * The most similar names to a query under fuse.js, found without scoring every name: names are
 * visited in order of their letter bound (fuseBound.ts), those whose edit-distance bound could
 * still win are scored by fuse.js, and the search stops at the first letter bound above the
 * best score found (or above `limit`). The
 * answer — the lowest score and every name that has it — is exactly what scoring all of them
 * would give: a name whose bound exceeds a score already found cannot have a lower or equal
 * score. As with Fuse's own search, a name fuse.js returns no hit for is no candidate at all.
 */
import { FuseBound, type NameLetterCounts } from './fuseBound';
import { fuseHit } from './fuseScore';

/** A name of one of the pools: pool index and position in it. */
export interface PooledName {
  pool: number;
  name: number;
}

export interface LowestFuseScores {
  /** The lowest score (Infinity when no name scored within `limit`). */
  score: number;
  /** Every name with that score, in pool order then name order. */
  names: PooledName[];
  /** Names fuse.js scored (the rest were ruled out by their bound). */
  scored: number;
}

/**
 * The names of `pools` with the lowest fuse.js score against `query`, if that score is at most
 * `limit`. Query and pool names must be normalised (normaliseName: upper case A–Z, apostrophe,
 * hyphen, single spaces), the form fuseBound.ts proves its bounds for; names equal to the
 * query score 0.
 */
export function lowestFuseScores(
  query: string,
  pools: readonly NameLetterCounts[],
  limit = Infinity,
): LowestFuseScores {
  // Identical names score 0 and nothing else does (a different name scores at least
  // 0.001 ^ norm): when there are any, they are the answer and fuse.js need not run.
  const identical: PooledName[] = [];
  pools.forEach((pool, p) => {
    pool.names.forEach((name, k) => {
      if (name === query) identical.push({ pool: p, name: k });
    });
  });
  if (identical.length > 0) return { score: 0, names: identical, scored: 0 };
  const bound = new FuseBound(query);
  const pending: { bound: number; pool: number; name: number }[] = [];
  pools.forEach((pool, p) => {
    for (let k = 0; k < pool.names.length; k++) {
      const b = bound.against(pool, k);
      if (b <= limit) pending.push({ bound: b, pool: p, name: k });
    }
  });
  pending.sort((x, y) => x.bound - y.bound || x.pool - y.pool || x.name - y.name);
  let best = Infinity;
  let names: PooledName[] = [];
  let scored = 0;
  for (const candidate of pending) {
    const cut = Math.min(best, limit);
    if (candidate.bound > cut) break;
    const pool = pools[candidate.pool]!;
    // The edit-distance bound is exact in practice; fuse.js gives the score reported.
    if (bound.edits(pool, candidate.name) > cut) continue;
    scored++;
    const score = fuseHit(query, pool.names[candidate.name]!);
    if (score === null || score > limit || score > best) continue;
    if (score < best) {
      best = score;
      names = [];
    }
    names.push({ pool: candidate.pool, name: candidate.name });
  }
  names.sort((x, y) => x.pool - y.pool || x.name - y.name);
  return { score: names.length > 0 ? best : Infinity, names, scored };
}
