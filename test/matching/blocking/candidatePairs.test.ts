/**
 * Blocking must never drop a pair the decision rules would accept: on random small files, the
 * pairs accepted after blocking are exactly those an all-pairs brute force accepts.
 */
import { describe, expect, it } from 'vitest';
import { blockingRulesFor } from '../../../src/matching/blocking/blockingRules';
import {
  blockingValues,
  candidatePairs,
  checkCandidatePairs,
} from '../../../src/matching/blocking/candidatePairs';
import { KeyReader } from '../../../src/matching/blocking/keyParts';
import {
  RecordComparer,
  FIELD_COUNT,
  RecordComparisonSpecSchema,
} from '../../../src/matching/comparison/recordComparison';
import { RomanisationFamilies } from '../../../src/matching/comparison/names/romanisationFamilies';
import { compileRule, type MatchRule } from '../../../src/matching/decision/rules';
import {
  AddressQuality,
  allocateLinkRecords,
  type LinkRecords,
} from '../../../src/matching/linking/LinkRecords';
import { NameDictionary } from '../../../src/matching/names/NameDictionary';
import { dayNumber } from '../../../src/matching/population/calendar';
import { EngineError } from '../../../src/matching/messages';
import { Rng } from '../../../src/matching/random/prng';
import { testDatasets } from '../../helpers/datasets';

const SURNAMES = [
  'KIM',
  'GIM',
  'LEE',
  'YI',
  'RHEE',
  'PARK',
  'PAK',
  'NGUYEN',
  'NGUEN',
  'SMITH',
  'SMYTH',
  'JOHNSON',
  'JOHNS',
];
const GIVEN = ['MIN-JUN', 'MINJUN', 'SEO-YEON', 'JOHN', 'JON', 'MARY', 'MARIE', 'ANH', 'LINH'];

function randomRecords(rng: Rng, d: NameDictionary, size: number): LinkRecords {
  const r = allocateLinkRecords(size);
  for (let i = 0; i < size; i++) {
    (r.given as Uint32Array)[i] = rng.chance(0.05) ? 0 : d.intern(GIVEN[rng.below(GIVEN.length)]!);
    (r.surname as Uint32Array)[i] = rng.chance(0.05)
      ? 0
      : d.intern(SURNAMES[rng.below(SURNAMES.length)]!);
    (r.dob as Uint16Array)[i] = rng.chance(0.05)
      ? 0
      : dayNumber(1980 + rng.below(3), 1 + rng.below(3), 1 + rng.below(3));
    const quality = rng.below(4);
    (r.addressQuality as Uint8Array)[i] = quality;
    (r.zip as Uint32Array)[i] = quality === AddressQuality.missing ? 0 : 2100 + rng.below(3);
    (r.building as Uint32Array)[i] = quality <= AddressQuality.unitMissing ? 1 + rng.below(4) : 0;
    (r.unit as Uint32Array)[i] = quality === AddressQuality.full ? rng.below(3) : 0;
    (r.tin as Uint32Array)[i] = rng.chance(0.3) ? 0 : 1 + rng.below(30);
  }
  return r;
}

describe('candidatePairs', () => {
  const families = new RomanisationFamilies(testDatasets().communities);

  it('gives exactly the accepted pairs of an all-pairs brute force, for derived blocking rules', () => {
    for (let trial = 0; trial < 20; trial++) {
      const rng = new Rng(100 + trial);
      const d = new NameDictionary();
      const a = randomRecords(rng, d, 60);
      const b = randomRecords(rng, d, 80);
      const comparer = new RecordComparer(
        RecordComparisonSpecSchema.parse({}),
        (id) => d.name(id),
        families,
      );
      const fields = comparer.fields;
      const rules: MatchRule[] = [
        {
          name: 'TIN + name control',
          all: [
            { field: 'tin', atMost: 0 },
            { field: 'nameControl', atMost: 0 },
          ],
        },
        {
          name: 'name family + DOB',
          all: [
            { field: 'surname', atMost: 1 },
            { field: 'given', atMost: 0 },
            { field: 'dob', atMost: 0 },
          ],
        },
        {
          name: 'fuzzy given + same building',
          all: [
            { field: 'given', atMost: 4 },
            { field: 'address', atMost: 2 },
          ],
        },
        {
          name: 'surname + birth year + ZIP',
          all: [
            { field: 'surname', atMost: 0 },
            { field: 'dob', atMost: 2 },
            { field: 'address', atMost: 3 },
          ],
        },
      ];
      const compiled = rules.map((r) => compileRule(r, fields));
      const out = new Uint8Array(FIELD_COUNT);
      const accepts = (i: number, j: number) => {
        comparer.compare(a, i, b, j, out, 0);
        return compiled.some((rule) => rule.accepts(out));
      };
      const brute = new Set<string>();
      for (let i = 0; i < a.size; i++)
        for (let j = 0; j < b.size; j++) if (accepts(i, j)) brute.add(`${i},${j}`);

      const blocking = blockingRulesFor(rules, fields);
      const candidates = candidatePairs(
        new KeyReader((id) => d.name(id), families),
        blocking,
        a,
        b,
      );
      const seen = new Set<string>();
      const blocked = new Set<string>();
      for (let k = 0; k < candidates.left.length; k++) {
        const key = `${candidates.left[k]},${candidates.right[k]}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        if (accepts(candidates.left[k]!, candidates.right[k]!)) blocked.add(key);
      }
      expect([...blocked].sort()).toEqual([...brute].sort());
      expect(brute.size).toBeGreaterThan(0);
      expect(candidates.byRule.reduce((s, r) => s + r.pairs, 0)).toBe(candidates.left.length);
      expect(candidates.reductionRatio).toBeGreaterThan(0);
    }
  });

  it('derives the key parts a rule guarantees and refuses a rule with none', () => {
    const d = new NameDictionary();
    const comparer = new RecordComparer(
      RecordComparisonSpecSchema.parse({}),
      (id) => d.name(id),
      families,
    );
    const [rule] = blockingRulesFor(
      [
        {
          name: 'r',
          all: [
            { field: 'surname', atMost: 1 },
            { field: 'dob', atMost: 2 },
            { field: 'address', atMost: 3 },
          ],
        },
      ],
      comparer.fields,
    );
    expect(rule!.on.sort()).toEqual(['birthYear', 'surnameFamily', 'zip']);
    expect(() =>
      blockingRulesFor(
        [{ name: 'fuzzy only', all: [{ field: 'given', atMost: 4 }] }],
        comparer.fields,
      ),
    ).toThrow(/cannot be blocked/);
  });

  describe('the candidate pair limit', () => {
    /** n records named KIM MIN-JUN born 1980-01-01 (a placeholder date), and m others. */
    function withPlaceholderBlock(d: NameDictionary, n: number, m: number): LinkRecords {
      const r = allocateLinkRecords(n + m);
      for (let i = 0; i < n + m; i++) {
        (r.given as Uint32Array)[i] = d.intern(i < n ? 'MIN-JUN' : `GIVEN${i}`);
        (r.surname as Uint32Array)[i] = d.intern('KIM');
        (r.dob as Uint16Array)[i] = dayNumber(1980, 1, i < n ? 1 : 1 + (i % 28));
      }
      return r;
    }
    const rules = [{ name: 'given + surname + DOB', on: ['given', 'surname', 'dob'] as const }];
    const blocking = rules.map((r) => ({ name: r.name, on: [...r.on] }));

    it('refuses, before making them, more pairs than the limit, naming the block', () => {
      const d = new NameDictionary();
      const reader = new KeyReader((id) => d.name(id), families);
      const a = withPlaceholderBlock(d, 300, 50);
      const b = withPlaceholderBlock(d, 200, 70);
      let error: unknown;
      try {
        candidatePairs(reader, blocking, a, b, undefined, undefined, 50_000);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EngineError);
      const { code, message } = error as EngineError;
      expect(code).toBe('tooManyCandidatePairs');
      expect(message).toContain('limit of 50,000');
      expect(message).toContain('rule "given + surname + DOB"');
      expect(message).toContain('given name "MIN-JUN", surname "KIM", date of birth 1980-01-01');
      expect(message).toContain('300 records of the first set and 200 of the second, 60,000 pairs');
      expect(message).toContain('--max-pairs');
    });

    it('makes the same pairs when the limit allows them', () => {
      const d = new NameDictionary();
      const reader = new KeyReader((id) => d.name(id), families);
      const a = withPlaceholderBlock(d, 300, 50);
      const b = withPlaceholderBlock(d, 200, 70);
      const under = candidatePairs(reader, blocking, a, b, undefined, undefined, 60_100);
      const unlimited = candidatePairs(reader, blocking, a, b, undefined, undefined, Infinity);
      expect(under.left.length).toBeGreaterThanOrEqual(60_000);
      expect([...under.left]).toEqual([...unlimited.left]);
      expect([...under.right]).toEqual([...unlimited.right]);
    });

    it('counts a file linked with itself by its pairs of distinct records', () => {
      const d = new NameDictionary();
      const reader = new KeyReader((id) => d.name(id), families);
      // 410 records: 400 alike and 10 each alone, found both ways round and each with itself:
      // 160,000 + 10 ordered pairs, (160,010 − 410) / 2 = 79,800 pairs of distinct records.
      const a = withPlaceholderBlock(d, 400, 10);
      expect(() =>
        candidatePairs(reader, blocking, a, a, undefined, undefined, 79_800),
      ).not.toThrow();
      expect(() => candidatePairs(reader, blocking, a, a, undefined, undefined, 79_799)).toThrow(
        /^blocking would make up to 79,800 candidate pairs, more than the limit of 79,799: .* holds 400 records, 79,800 pairs\./,
      );
    });

    it('checks a whole join for callers that split it across threads', () => {
      const d = new NameDictionary();
      const reader = new KeyReader((id) => d.name(id), families);
      const a = withPlaceholderBlock(d, 300, 50);
      const b = withPlaceholderBlock(d, 200, 70);
      const values = blockingValues(reader, blocking, a, b);
      expect(() => checkCandidatePairs(reader, blocking, a, b, values, 50_000)).toThrow(
        /60,000 pairs/,
      );
      expect(() => checkCandidatePairs(reader, blocking, a, b, values, 70_000)).not.toThrow();
    });
  });
});
