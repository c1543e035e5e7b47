import { describe, expect, it } from 'vitest';
import type { ComparisonField } from '../../../src/matching/decision/comparisonSpace';
import {
  compileRule,
  firstAcceptingRule,
  parseRules,
  ruleAccepts,
  type MatchRule,
} from '../../../src/matching/decision/rules';
import { EngineError } from '../../../src/matching/messages';

const fields: ComparisonField[] = [
  { name: 'tin', levels: ['exact', 'other', 'missing'], nullLevel: 2 },
  { name: 'nameControl', levels: ['exact', 'other'] },
  { name: 'surname', levels: ['exact', 'fuzzy', 'other'] },
  { name: 'zip', levels: ['same', 'other', 'missing'], nullLevel: 2 },
];

const tinMatching: MatchRule = {
  name: 'TIN + name control',
  all: [
    { field: 'tin', atMost: 0 },
    { field: 'nameControl', atMost: 0 },
  ],
};
const fuzzyNameZip: MatchRule = {
  name: 'fuzzy name + ZIP',
  all: [
    { field: 'surname', atMost: 1 },
    { field: 'zip', atMost: 0 },
  ],
};

describe('ruleAccepts', () => {
  it('accepts a pair meeting every condition and rejects one that misses any', () => {
    expect(ruleAccepts(tinMatching, fields, [0, 0, 2, 1])).toBe(true);
    expect(ruleAccepts(tinMatching, fields, [0, 1, 0, 0])).toBe(false);
    expect(ruleAccepts(tinMatching, fields, [1, 0, 0, 0])).toBe(false);
  });

  it('treats "at most" as "this level or stronger"', () => {
    expect(ruleAccepts(fuzzyNameZip, fields, [1, 1, 0, 0])).toBe(true);
    expect(ruleAccepts(fuzzyNameZip, fields, [1, 1, 1, 0])).toBe(true);
    expect(ruleAccepts(fuzzyNameZip, fields, [1, 1, 2, 0])).toBe(false);
  });

  it('never counts a missing value as agreement', () => {
    const anyZip: MatchRule = { name: 'any ZIP', all: [{ field: 'zip', atMost: 2 }] };
    expect(ruleAccepts(anyZip, fields, [0, 0, 0, 1])).toBe(true);
    expect(ruleAccepts(anyZip, fields, [0, 0, 0, 2])).toBe(false);
  });

  it('names an unknown field and lists the known ones', () => {
    const rule: MatchRule = { name: 'typo', all: [{ field: 'surnme', atMost: 0 }] };
    expect(() => ruleAccepts(rule, fields, [0, 0, 0, 0])).toThrow(
      'match rule rule.all.0.field: unknown comparison field "surnme" (known fields: tin, nameControl, surname, zip)',
    );
  });

  it('rejects a level the field does not have', () => {
    const rule: MatchRule = { name: 'deep', all: [{ field: 'nameControl', atMost: 2 }] };
    expect(() => compileRule(rule, fields)).toThrow(
      /rule\.all\.0\.atMost: "nameControl" has levels 0 to 1/,
    );
  });
});

describe('parseRules and firstAcceptingRule', () => {
  it('reads rules from JSON and reports which rule made a match', () => {
    const rules = parseRules(JSON.parse(JSON.stringify([tinMatching, fuzzyNameZip])), fields);
    expect(rules.map((r) => r.name)).toEqual(['TIN + name control', 'fuzzy name + ZIP']);
    expect(firstAcceptingRule(rules, [0, 0, 0, 0])).toBe(0);
    expect(firstAcceptingRule(rules, [1, 1, 1, 0])).toBe(1);
    expect(firstAcceptingRule(rules, [1, 1, 2, 0])).toBe(-1);
    const row = Uint8Array.from([9, 9, 1, 1, 1, 0]);
    expect(firstAcceptingRule(rules, row, 2)).toBe(1);
  });

  it('names the path of a malformed or unknown rule', () => {
    expect(() => parseRules([{ name: 'x', all: [] }], fields)).toThrow(
      /^match rule rules\.0\.all:/,
    );
    expect(() =>
      parseRules([tinMatching, { name: 'y', all: [{ field: 'dob', atMost: 0 }] }], fields),
    ).toThrow(/rules\.1\.all\.0\.field: unknown comparison field "dob"/);
    expect(() => parseRules({}, fields)).toThrow(EngineError);
  });
});
