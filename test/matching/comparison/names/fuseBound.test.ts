import { describe, expect, it } from 'vitest';
import {
  FuseBound,
  fuseFieldNorm,
  NameLetterCounts,
} from '../../../../src/matching/comparison/names/fuseBound';
import { fuseScore } from '../../../../src/matching/comparison/names/fuseScore';
import { normaliseName } from '../../../../src/matching/names/NameDictionary';
import { Rng } from '../../../../src/matching/random/prng';

const GIVEN = [
  'MIN-JUN',
  'MIN JUN',
  'JI-WOO',
  'SEO-YEON',
  'MARIA',
  'MARIA JOSE',
  'JEAN',
  'JEAN-PIERRE',
  'MOHAMED',
  'MUHAMMAD',
  'THI',
  'VAN',
  'ANH',
  'JOHN',
  'JONATHAN',
  'KIMBERLY',
  'ANNALEE',
  'LI',
  'O',
];
const SURNAME = [
  'KIM',
  'GIM',
  'LEE',
  'YI',
  'RHEE',
  'PARK',
  'PAK',
  'BAHK',
  'NGUYEN',
  'HUYNH',
  'HOANG',
  'GARCIA LOPEZ',
  'GARCIA',
  "O'BRIEN",
  'OBRIEN',
  'ABDULLAHI',
  'CHOE',
  'JEONG',
  'CHUNG',
  'ZHANG',
];

/** `count` seeded pairs (query, target): names, typed variants of them and unrelated names. */
function namePairs(seed: number, count: number): [string, string][] {
  const rng = new Rng(seed);
  const rand = (n: number) => rng.below(n);
  // Normalised as every caller's names are (O'BRIEN is OBRIEN): the bound is proven for those.
  const full = () => normaliseName(`${GIVEN[rand(GIVEN.length)]} ${SURNAME[rand(SURNAME.length)]}`);
  const mutate = (name: string) => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -';
    const chars = [...name];
    for (let e = rand(4); e > 0; e--) {
      const at = rand(chars.length + 1);
      const kind = rand(3);
      if (kind === 0) chars.splice(at, 0, letters[rand(letters.length)]!);
      else if (kind === 1 && chars.length > 1) chars.splice(at % chars.length, 1);
      else if (chars.length > 0) chars[at % chars.length] = letters[rand(letters.length)]!;
    }
    return normaliseName(chars.join(''));
  };
  return Array.from({ length: count }, () => {
    const query = rand(4) === 0 ? mutate(full()) : full();
    return [query, rand(2) === 0 ? mutate(query) : full()];
  });
}

describe('fuse.js lower bound', () => {
  it('counts words as fuse.js does for its field norm', () => {
    expect(fuseFieldNorm('KIM')).toBe(1);
    expect(fuseFieldNorm('MIN JUN KIM')).toBe(Math.round(1000 / Math.sqrt(3)) / 1000);
    expect(fuseFieldNorm('JEAN-PIERRE')).toBe(1);
  });

  it('never exceeds the fuse.js score, over thousands of name pairs', () => {
    let pruned = 0;
    const pairs = namePairs(7, 4000);
    for (const [query, target] of pairs) {
      const bound = new FuseBound(query).againstName(target);
      const score = fuseScore(query, target);
      expect(bound, `${query} / ${target}`).toBeLessThanOrEqual(score + 1e-12);
      if (bound > 0.6) pruned++;
    }
    // The bound is worth having: it rules out a good share of unrelated names.
    expect(pruned).toBeGreaterThan(pairs.length / 10);
  });

  it('bounds tighter by edit distance, never above the fuse.js score nor below the letter bound', () => {
    let exact = 0;
    const pairs = namePairs(11, 3000);
    for (const [query, target] of pairs) {
      const names = new NameLetterCounts([target]);
      const bound = new FuseBound(query);
      const edits = bound.edits(names, 0);
      const score = fuseScore(query, target);
      expect(edits, `${query} / ${target}`).toBeLessThanOrEqual(score + 1e-12);
      expect(edits).toBeGreaterThanOrEqual(bound.against(names, 0) - 1e-12);
      if (Math.abs(edits - score) < 1e-12) exact++;
    }
    // With ignoreLocation and threshold 1, Fuse's Bitap finds the fewest edits: the bound is
    // its score (which is why so few names need fuse.js itself).
    expect(exact).toBe(pairs.length);
  });

  it('counts the fewest edits as the full edit-distance table does', () => {
    /** Sellers' table, a column at a time: the fewest edits of the query into a stretch of text. */
    const fewestEdits = (query: string, text: string) => {
      const column = Array.from({ length: query.length + 1 }, (_, i) => i);
      let fewest = query.length;
      for (const c of text) {
        let diagonal = 0;
        for (let i = 1; i <= query.length; i++) {
          const above = column[i]!;
          const substitute = diagonal + (query[i - 1] === c ? 0 : 1);
          column[i] = Math.min(substitute, above + 1, column[i - 1]! + 1);
          diagonal = above;
        }
        fewest = Math.min(fewest, column[query.length]!);
      }
      return fewest;
    };
    const rng = new Rng(13);
    const word = (letters: string, length: number) =>
      Array.from({ length }, () => letters[rng.below(letters.length)]).join('');
    for (let n = 0; n < 3000; n++) {
      // Queries up to the 32 characters one word holds; names with a letter no query has.
      const query = word("ABC -'", 1 + rng.below(32));
      const text = rng.below(10) === 0 ? query : word("ABCD -'", rng.below(40));
      const names = new NameLetterCounts([text]);
      const norm = names.norms[0]!;
      const edits = fewestEdits(query, text);
      const expected = text === query ? 0 : Math.pow(Math.max(0.001, edits / query.length), norm);
      expect(new FuseBound(query).edits(names, 0), `${query} / ${text}`).toBe(expected);
    }
  });

  it('is 0 for identical names and for queries it cannot vouch for', () => {
    expect(new FuseBound('MIN JUN KIM').againstName('MIN JUN KIM')).toBe(0);
    expect(new FuseBound('A'.repeat(33)).againstName('KIM')).toBe(0);
    expect(new FuseBound('KIM').againstName('KIMÉ')).toBe(0);
    expect(new FuseBound('KÍM').againstName('PARK')).toBe(0);
  });

  it('bounds against many names at once the same as one by one', () => {
    const names = ['KIM', 'PARK', 'MIN JUN KIM', 'LEE', ''];
    const packed = new NameLetterCounts(names);
    const bound = new FuseBound('MIN JUN LEE');
    names.forEach((name, k) => expect(bound.against(packed, k)).toBe(bound.againstName(name)));
  });
});
