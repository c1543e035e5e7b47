/**
 * JSON text a person wrote or saved (a scenario, a column mapping, a model): parsed as JSON,
 * after a byte-order mark (Windows Notepad writes one), and, when it is not JSON, the first
 * problem said as a person finds it — line, column and what was expected — rather than the
 * JavaScript engine's message, which varies between engines and may quote the whole text.
 * jsonc-parser (the parser of VS Code's settings) locates the problem; comments and trailing
 * commas are refused, as JSON refuses them. A key given twice in one object is refused too:
 * JSON.parse keeps the last silently, so an earlier value the writer meant would be lost.
 */
import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';

export type JsonText = { ok: true; value: unknown } | { ok: false; problem: string };

/** By jsonc-parser's error names (its codes are a const enum, which isolated modules cannot read). */
const EXPECTED: Readonly<Record<string, string>> = {
  InvalidSymbol:
    'text JSON cannot read here (single quotes, or a word other than true, false and null?)',
  InvalidNumberFormat: 'a number JSON cannot read',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (a number, "text", true, false, null, an object or a list)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "," or "}" (an object is not closed)',
  CloseBracketExpected: 'expected "," or "]" (a list is not closed)',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'a comment: JSON has none',
  UnexpectedEndOfComment: 'a comment: JSON has none',
  UnexpectedEndOfString: 'a string whose closing double quote is missing',
  UnexpectedEndOfNumber: 'a number that ends too soon',
  InvalidUnicode: 'a \\u escape that is not four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash escape JSON does not have',
  InvalidCharacter: 'a control character (a tab or line break) inside a string',
};

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The first key given twice in one object, with where its second use is; else null. */
function duplicateKey(text: string): string | null {
  const open: Set<string>[] = [];
  let found: string | null = null;
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (property, offset) => {
      const keys = open[open.length - 1];
      if (found !== null || !keys) return;
      if (keys.has(property)) {
        const { line, column } = lineColumn(text, offset);
        found = `line ${line}, column ${column}: the key "${property}" is given twice in one object (JSON would keep only the last; remove or merge one)`;
      }
      keys.add(property);
    },
  });
  return found;
}

export function parseJsonText(raw: string): JsonText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    const value = JSON.parse(text) as unknown;
    const duplicate = duplicateKey(text);
    return duplicate === null ? { ok: true, value } : { ok: false, problem: duplicate };
  } catch (error) {
    if (text.trim() === '') return { ok: false, problem: 'the text is empty' };
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, problem: (error as Error).message };
    // A comma before "}" or "]" is found at the bracket; the comma is what to delete.
    let before = first.offset - 1;
    while (before >= 0 && /\s/.test(text[before]!)) before--;
    const closer = text[first.offset];
    if (text[before] === ',' && (closer === '}' || closer === ']')) {
      const at = lineColumn(text, before);
      return {
        ok: false,
        problem: `line ${at.line}, column ${at.column}: a comma before "${closer}" (JSON allows none after the last item)`,
      };
    }
    const { line, column } = lineColumn(text, first.offset);
    const what = EXPECTED[printParseErrorCode(first.error)] ?? 'text that is not JSON';
    const end = first.offset >= text.length ? ', at the end of the text' : '';
    return { ok: false, problem: `line ${line}, column ${column}${end}: ${what}` };
  }
}
