/**
 * fuse.js, configured for names. Fuse scores run from 0 (perfect) to 1 (no match). Its traps,
 * and how this module avoids them:
 *  - `threshold` filters results, it does not change scores: a pair above the threshold is
 *    simply missing from `search()`, so we search with threshold 1 and apply our own cut-off.
 *  - The score depends on where the pattern sits in the text unless `ignoreLocation` is set
 *    (by default matches beyond `distance` 100 from `location` 0 are penalised).
 *  - Leading or doubled spaces and case change scores: names are normalised first (upper
 *    case, diacritics stripped, single spaces, trimmed).
 *  - Patterns longer than 32 characters are split by the Bitap algorithm; names are shorter.
 * The options are exported so explanations can show them next to each score.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { normaliseName } from '../../names/NameDictionary';

export const FUSE_NAME_OPTIONS: Readonly<IFuseOptions<string>> = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 1,
  isCaseSensitive: false,
  ignoreDiacritics: true,
  shouldSort: false,
  minMatchCharLength: 1,
});

/** The fuse.js score of `query` against one `target` name (0 = identical, 1 = unrelated). */
export function fuseScore(query: string, target: string): number {
  const q = normaliseName(query);
  const t = normaliseName(target);
  if (q === t) return 0;
  if (q.length === 0 || t.length === 0) return 1;
  return fuseHit(q, t) ?? 1;
}

/**
 * The fuse.js score of normalised `query` against normalised `target`, or null when Fuse
 * returns no hit (as a search over many names would leave that name out).
 */
export function fuseHit(query: string, target: string): number | null {
  if (query === target) return 0;
  const [hit] = new Fuse([target], FUSE_NAME_OPTIONS).search(query);
  return hit ? (hit.score ?? 1) : null;
}

/**
 * Scores of one query against many targets with a single index (the efficient form for one
 * list name against the names of a block). Returns a score per target, 1 where Fuse found none.
 */
export function fuseScores(query: string, targets: readonly string[]): Float64Array {
  const scores = new Float64Array(targets.length).fill(1);
  const q = normaliseName(query);
  if (q.length === 0) return scores;
  const normalised = targets.map(normaliseName);
  for (const hit of new Fuse(normalised, FUSE_NAME_OPTIONS).search(q)) {
    scores[hit.refIndex] = normalised[hit.refIndex] === q ? 0 : (hit.score ?? 1);
  }
  return scores;
}
