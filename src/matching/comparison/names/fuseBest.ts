/**
 * The most similar names to a query under fuse.js, found without scoring every name: each name
 * is refined from its letter bound to its edit-distance bound (fuseBound.ts) to its fuse.js
 * score only while its bound is the lowest of those waiting, and the search stops when the
 * lowest bound waiting is above the best score found (or above `limit`). The answer — the
 * lowest score and every name that has it — is exactly what scoring all of them would give: a
 * name whose bound exceeds a score already found cannot have a lower or equal score. As with
 * Fuse's own search, a name fuse.js returns no hit for is no candidate at all.
 */
import { BoundQueue } from './BoundQueue';
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
  // Each name waits under its lowest bound so far: first its letter bound; when that is the
  // lowest waiting, its edit-distance bound; when that is, its fuse.js score. The search stops
  // once the lowest bound waiting is above the best score found, so fuse.js runs on hardly
  // more names than those that tie for the best (the edit bound is exact in practice).
  const total = pools.reduce((sum, pool) => sum + pool.names.length, 0);
  const poolOf = new Uint32Array(total);
  const nameOf = new Uint32Array(total);
  const queue = new BoundQueue(total);
  let at = 0;
  pools.forEach((pool, p) => {
    for (let k = 0; k < pool.names.length; k++, at++) {
      poolOf[at] = p;
      nameOf[at] = k;
      queue.push(bound.against(pool, k), at * 2);
    }
  });
  let best = Infinity;
  let names: PooledName[] = [];
  let scored = 0;
  while (queue.size > 0 && queue.lowestKey() <= Math.min(best, limit)) {
    const item = queue.pop();
    const i = item >>> 1;
    const pool = pools[poolOf[i]!]!;
    const k = nameOf[i]!;
    if ((item & 1) === 0) {
      queue.push(bound.edits(pool, k), item | 1);
      continue;
    }
    scored++;
    const score = fuseHit(query, pool.names[k]!);
    if (score === null || score > limit || score > best) continue;
    if (score < best) {
      best = score;
      names = [];
    }
    names.push({ pool: poolOf[i]!, name: k });
  }
  names.sort((x, y) => x.pool - y.pool || x.name - y.name);
  return { score: names.length > 0 ? best : Infinity, names, scored };
}
