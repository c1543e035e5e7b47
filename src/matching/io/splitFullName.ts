/**
 * One "full name" cell split into given name and surname, by the rule documented in
 * columnMapping.ts: "SURNAME, GIVEN [MIDDLE…]" with a comma, "GIVEN [MIDDLE…] SURNAME"
 * without. Middle names are dropped; the parts are returned as written (not normalised).
 */
export interface SplitName {
  given: string;
  surname: string;
}

export function splitFullName(full: string): SplitName {
  const comma = full.indexOf(',');
  if (comma >= 0) {
    const given =
      full
        .slice(comma + 1)
        .trim()
        .split(/\s+/)[0] ?? '';
    return { given, surname: full.slice(0, comma).trim() };
  }
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { given: '', surname: words[0] ?? '' };
  return { given: words[0]!, surname: words[words.length - 1]! };
}
