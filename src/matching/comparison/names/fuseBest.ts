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
 * `limit`. Query and pool names must be normalised (normaliseName: upper case A–Z,
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
  let best = Infinity;
  let names: PooledName[] = [];
  let scored = 0;
  /** Scores candidate k of pool p unless its bounds rule it out. */
  const consider = (p: number, k: number, letters: number): void => {
    const cut = Math.min(best, limit);
    if (letters > cut) return;
    const pool = pools[p]!;
    // The edit-distance bound is exact in practice; fuse.js gives the score reported.
    if (bound.edits(pool, k) > cut) return;
    scored++;
    const score = fuseHit(query, pool.names[k]!);
    if (score === null || score > limit || score > best) return;
    if (score < best) {
      best = score;
      names = [];
    }
    names.push({ pool: p, name: k });
  };
  // Letter bounds of every name, in one typed array; the lowest is scored first, so that the
  // best score found so far rules most of the others out before any sorting.
  const total = pools.reduce((sum, pool) => sum + pool.names.length, 0);
  const bounds = new Float64Array(total);
  let lowest = -1;
  let at = 0;
  pools.forEach((pool) => {
    for (let k = 0; k < pool.names.length; k++, at++) {
      bounds[at] = bound.against(pool, k);
      if (lowest < 0 || bounds[at]! < bounds[lowest]!) lowest = at;
    }
  });
  const place = (i: number): [number, number] => {
    let p = 0;
    while (i >= pools[p]!.names.length) i -= pools[p++]!.names.length;
    return [p, i];
  };
  if (lowest >= 0) consider(...place(lowest), bounds[lowest]!);
  // The rest that could still win, lowest bound first (ties in pool and name order).
  const rest: number[] = [];
  for (let i = 0; i < total; i++)
    if (i !== lowest && bounds[i]! <= Math.min(best, limit)) rest.push(i);
  rest.sort((x, y) => bounds[x]! - bounds[y]! || x - y);
  for (const i of rest) {
    if (bounds[i]! > Math.min(best, limit)) break;
    consider(...place(i), bounds[i]!);
  }
  names.sort((x, y) => x.pool - y.pool || x.name - y.name);
  return { score: names.length > 0 ? best : Infinity, names, scored };
}
