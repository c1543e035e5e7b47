import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/matching/io/jsonText';

const problem = (text: string) => {
  const parsed = parseJsonText(text);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.problem;
};

describe('parseJsonText', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('{"a": [1, "b", null]}')).toEqual({
      ok: true,
      value: { a: [1, 'b', null] },
    });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where the first problem is, by line and column, and what was expected', () => {
    expect(problem('{\n  "a": 1,\n  "b": }')).toBe(
      'line 3, column 8: expected a value (a number, "text", true, false, null, an object or a list)',
    );
    expect(problem('{\n  "a": 1,\n}')).toBe(
      'line 2, column 9: a comma before "}" (JSON allows none after the last item)',
    );
    expect(problem('[1, 2, ]')).toBe(
      'line 1, column 6: a comma before "]" (JSON allows none after the last item)',
    );
    expect(problem('{\n  "a" 1\n}')).toBe('line 2, column 7: expected ":" after the property name');
    expect(problem('{"a": 1')).toBe(
      'line 1, column 8, at the end of the text: expected "," or "}" (an object is not closed)',
    );
    expect(problem("{'a': 1}")).toMatch(/^line 1, column 2: text JSON cannot read here/);
    expect(problem('{\n  // a note\n  "a": 1\n}')).toBe(
      'line 2, column 3: a comment: JSON has none',
    );
    expect(problem('{"a": "b}')).toBe(
      'line 1, column 7: a string whose closing double quote is missing',
    );
  });

  it('refuses a key given twice in one object, where JSON.parse would keep the last', () => {
    expect(
      problem('{\n  "population": { "size": 100000 },\n  "population": { "seed": 3 }\n}'),
    ).toBe(
      'line 3, column 3: the key "population" is given twice in one object (JSON would keep only the last; remove or merge one)',
    );
    // The same key in different objects, or in objects of a list, is fine.
    expect(parseJsonText('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}, {"x": 4}]}').ok).toBe(
      true,
    );
  });

  it('calls empty text empty', () => {
    expect(problem('')).toBe('the text is empty');
    expect(problem('\uFEFF  \n')).toBe('the text is empty');
  });
});
