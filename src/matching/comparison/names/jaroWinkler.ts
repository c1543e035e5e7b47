/**
 * Jaro–Winkler similarity (Winkler, 1990), from talisman: 1 for identical strings, 0 for
 * strings with nothing in common; common prefixes (up to four letters) count extra.
 */
import jw from 'talisman/metrics/jaro-winkler.js';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return jw(a, b);
}
