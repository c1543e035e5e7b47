/**
 * Every user-facing error message of the engine, in one place, so tests and documentation can
 * name them. Each function returns the sentence a user sees; callers wrap it in `EngineError`.
 */
export class EngineError extends Error {
  constructor(
    readonly code: keyof typeof message,
    text: string,
  ) {
    super(text);
    this.name = 'EngineError';
  }
}

export const message = {
  datasetMissingColumns: (file: string, missing: string[]) =>
    `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`,
  datasetBadNumber: (file: string, row: number, column: string, value: string) =>
    `${file}, row ${row}, column "${column}": expected a number, found "${value}"`,
  datasetEmpty: (file: string) => `${file}: the file has no data rows`,
  datasetInvalid: (file: string, detail: string) => `${file}: ${detail}`,
  configInvalid: (path: string, detail: string) => `scenario ${path || '(root)'}: ${detail}`,
  populationTooLarge: (size: number, max: number) =>
    `population size ${size.toLocaleString('en-US')} is over the supported maximum of ${max.toLocaleString('en-US')}`,
  comparisonFieldsInvalid: (detail: string) => `comparison fields: ${detail}`,
  comparisonLevelOutOfRange: (field: string, level: number, levelCount: number) =>
    `comparison field "${field}": level ${level} is out of range (the field has ${levelCount} levels)`,
  matchModelInvalid: (path: string, detail: string) => `match model ${path || '(root)'}: ${detail}`,
  matchModelNotJson: (detail: string) => `match model: not valid JSON (${detail})`,
  emImpossiblePattern: (pattern: string) =>
    `EM: the pattern ${pattern} occurs among the pairs but has probability 0 under the starting model; start from m and u above 0 at every level that occurs`,
  emDegenerate: (lambda: number) =>
    `EM: the match share reached ${lambda}, so every pair looks like a match or none does; start from a model whose m favours agreement and whose u favours disagreement`,
  matchRuleInvalid: (path: string, detail: string) => `match rule ${path || '(root)'}: ${detail}`,
  matchRuleUnknownField: (path: string, field: string, known: readonly string[]) =>
    `match rule ${path}: unknown comparison field "${field}" (known fields: ${known.join(', ')})`,
  ruleNotBlockable: (rule: string) =>
    `rule "${rule}" cannot be blocked: none of its conditions requires exact agreement on a name, date, ZIP, address or TIN; add one, or give blocking rules by hand`,
} as const;

export function engineError<K extends keyof typeof message>(
  code: K,
  ...args: Parameters<(typeof message)[K]>
): EngineError {
  const build = message[code] as (...a: Parameters<(typeof message)[K]>) => string;
  return new EngineError(code, build(...args));
}
