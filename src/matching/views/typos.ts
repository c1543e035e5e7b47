/**
 * Keyboard typos on upper-case names: one edit of one of the four kinds Damerau (1964) found
 * behind most single-error misspellings — a neighbouring key hit instead, a letter left out, a
 * neighbouring key hit as well, two neighbouring letters swapped. Hyphens, spaces and
 * apostrophes are never touched and no name part is emptied, so the result is never empty.
 */
import type { Rng } from '../random/prng';

/**
 * Relative weights of substitution, deletion, insertion and transposition. Assumption: keying
 * studies put substitutions first; the split is a parameter of the model, not a measurement.
 */
export const TYPO_WEIGHTS = {
  substitution: 0.4,
  deletion: 0.2,
  insertion: 0.2,
  transposition: 0.2,
};

const ROWS = ['QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];
/** Row offsets of a US QWERTY keyboard, in quarter keys (staggered rows). */
const ROW_SHIFT = [0, 1, 3];

/** For each letter A–Z, its neighbouring keys on the same row and the rows above and below. */
const NEIGHBOURS: string[] = (() => {
  const where = new Map<string, [number, number]>();
  ROWS.forEach((row, r) =>
    [...row].forEach((key, k) => where.set(key, [r, k * 4 + ROW_SHIFT[r]!])),
  );
  return [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => {
    const [r, x] = where.get(letter)!;
    let near = '';
    for (const [other, [r2, x2]] of where) {
      if (other === letter) continue;
      const dx = Math.abs(x2 - x);
      if ((r2 === r && dx === 4) || (Math.abs(r2 - r) === 1 && dx <= 3)) near += other;
    }
    return near;
  });
})();

const A = 65;
const isLetter = (code: number): boolean => code >= A && code <= A + 25;

/** The keys next to an upper-case letter ('' for anything else). */
export function neighbourKeys(letter: string): string {
  const code = letter.charCodeAt(0);
  return isLetter(code) ? NEIGHBOURS[code - A]! : '';
}

/** `name` with one keyboard typo; `name` itself if it has no letter. */
export function typo(rng: Rng, name: string): string {
  const u = rng.nextFloat();
  const w = TYPO_WEIGHTS;
  if (u >= w.substitution) {
    if (u < w.substitution + w.deletion) {
      const p = pick(rng, name, deletable);
      if (p >= 0) return name.slice(0, p) + name.slice(p + 1);
    } else if (u < w.substitution + w.deletion + w.insertion) {
      const p = pick(rng, name, letterAt);
      if (p >= 0) return name.slice(0, p + 1) + randomNeighbour(rng, name[p]!) + name.slice(p + 1);
    } else {
      const p = pick(rng, name, swappable);
      if (p >= 0) return name.slice(0, p) + name[p + 1]! + name[p]! + name.slice(p + 2);
    }
  }
  const p = pick(rng, name, letterAt);
  if (p < 0) return name;
  return name.slice(0, p) + randomNeighbour(rng, name[p]!) + name.slice(p + 1);
}

type Position = (s: string, i: number) => boolean;

const letterAt: Position = (s, i) => isLetter(s.charCodeAt(i));
/** A letter with a letter beside it: deleting it leaves its word a letter at least. */
const deletable: Position = (s, i) => letterAt(s, i) && (letterAt(s, i - 1) || letterAt(s, i + 1));
/** Two different letters side by side: swapping them changes the name. */
const swappable: Position = (s, i) => letterAt(s, i) && letterAt(s, i + 1) && s[i] !== s[i + 1];

function randomNeighbour(rng: Rng, letter: string): string {
  const near = neighbourKeys(letter);
  return near[rng.below(near.length)]!;
}

/** A uniformly chosen position of `s` satisfying `ok`, or −1 when there is none. */
function pick(rng: Rng, s: string, ok: Position): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (ok(s, i)) count++;
  if (count === 0) return -1;
  let k = rng.below(count);
  for (let i = 0; i < s.length; i++) if (ok(s, i) && k-- === 0) return i;
  return -1;
}
