/**
 * The replay's two name matches, each against a plain scan that scores every candidate with
 * fuse.js: the IRS name path's best candidate (NameJudge.best) and ICE's cross-reference
 * (IceCrossReference.link, over its blocks of name control and initial, spellings and swaps).
 */
import { describe, expect, it } from 'vitest';
import { nameControl } from '../../../src/matching/comparison/names/nameControl';
import { RomanisationFamilies } from '../../../src/matching/comparison/names/romanisationFamilies';
import { fuseHit } from '../../../src/matching/comparison/names/fuseScore';
import { allocateLinkRecords, type LinkRecords } from '../../../src/matching/linking/LinkRecords';
import { IceCrossReference } from '../../../src/matching/pipeline/iceCrossReference';
import { fullName, NameJudge } from '../../../src/matching/pipeline/nameRule';
import { Rng } from '../../../src/matching/random/prng';
import { testDatasets } from '../../helpers/datasets';

const GIVEN = [
  'MIN JUN',
  'MIN-JUN',
  'MINJUN',
  'MIN',
  'JI WOO',
  'SEO YEON',
  'MARIA',
  'MARIO',
  'JOSE',
  'JEAN',
  'JEAN-PIERRE',
  'THI',
  'KIM',
  'LEE',
  '',
];
const SURNAME = [
  'KIM',
  'GIM',
  'KIMM',
  'LEE',
  'YI',
  'RHEE',
  'PARK',
  'PAK',
  'GARCIA',
  'GARCIA LOPEZ',
  'NGUYEN',
  'NGUEN',
  'MIN',
  'JUN',
  '',
];
const NAMES = [...new Set([...GIVEN, ...SURNAME])].filter((n) => n !== '');
const idOf = (name: string) => (name === '' ? 0 : NAMES.indexOf(name) + 1);
const nameOf = (id: number) => NAMES[id - 1]!;
const families = new RomanisationFamilies(testDatasets().communities);

function records(rng: Rng, size: number): LinkRecords {
  const r = allocateLinkRecords(size);
  for (let i = 0; i < size; i++) {
    r.given[i] = idOf(GIVEN[rng.below(GIVEN.length)]!);
    r.surname[i] = idOf(SURNAME[rng.below(SURNAME.length)]!);
  }
  return r;
}

const fuseJudge = (threshold: number) =>
  new NameJudge({ kind: 'fuse', threshold }, nameOf, families, 'test');

describe('the IRS name path (NameJudge.best)', () => {
  it('picks the same record and score as scoring every candidate, the first of equals', () => {
    const rng = new Rng(5);
    let fuzzy = 0;
    for (const limit of [0.1, 0.6, 1]) {
      const judge = fuseJudge(limit);
      for (let round = 0; round < 200; round++) {
        const a = records(rng, 1);
        const b = records(rng, 1 + rng.below(12));
        const candidates = Array.from({ length: b.size }, (_, j) => j);
        let best = Infinity;
        let at = -1;
        for (const j of candidates) {
          const score = judge.score(a, 0, b, j);
          if (score < best) [best, at] = [score, j];
        }
        const expected = at >= 0 && best <= limit ? { at, score: best } : null;
        if (expected && expected.score > 0) fuzzy++;
        expect(judge.best(a, 0, b, candidates, limit)).toEqual(expected);
      }
    }
    expect(fuzzy).toBeGreaterThan(50);
  });
});

describe("ICE's cross-reference (IceCrossReference.link)", () => {
  it('links to one of the best-scoring records of its blocks, with their score', () => {
    const rng = new Rng(9);
    const list = records(rng, 400);
    const queries = records(rng, 300);
    const judge = fuseJudge(0.6);
    const reference = new IceCrossReference(list, nameOf, families, judge, false, 1);
    let fuzzy = 0;
    const blockOf = (surname: string, given: string) =>
      `${nameControl(surname)}|${given.charAt(0)}`;
    for (let j = 0; j < queries.size; j++) {
      const given = queries.given[j] ? nameOf(queries.given[j]!) : '';
      const surname = queries.surname[j] ? nameOf(queries.surname[j]!) : '';
      const query = fullName(nameOf, queries, j);
      const blocks = new Set([blockOf(surname, given), blockOf(given, surname)]);
      for (const spelling of families.spellings(surname)) blocks.add(blockOf(spelling, given));
      let best = Infinity;
      let ties: number[] = [];
      for (let p = 0; p < list.size; p++) {
        const g = list.given[p] ? nameOf(list.given[p]!) : '';
        const s = list.surname[p] ? nameOf(list.surname[p]!) : '';
        if (!blocks.has(blockOf(s, g))) continue;
        const score = query === '' ? null : fuseHit(query, fullName(nameOf, list, p));
        if (score === null || score > best) continue;
        if (score < best) [best, ties] = [score, []];
        ties.push(p);
      }
      const link = reference.link(queries, j, j);
      if (ties.length === 0) expect(link.position).toBe(-1);
      else {
        expect(link.score).toBe(best);
        expect(ties).toContain(link.position);
        if (best > 0) fuzzy++;
      }
    }
    // The lists are made so that many links are fuzzy ones, where fuse.js and the bounds decide.
    expect(fuzzy).toBeGreaterThan(30);
  });
});
