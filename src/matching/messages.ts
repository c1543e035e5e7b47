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
  scenarioTooNew: (version: number, supported: number) =>
    `scenario version: the file is version ${version}, newer than this Namesake reads (${supported}); update Namesake`,
  scenarioNotAParameter: (path: string, parameter: string) =>
    `scenario ${path}: "${parameter}" is not a number of the scenario (give the JSON path of a numeric parameter, e.g. "replay.list.agency.noise.tinWrong")`,
  scenarioUnknownPreset: (name: string, known: readonly string[]) =>
    `"${name}" is neither a scenario file nor a preset (presets: ${known.join(', ')})`,
  replayStoppedEarly: () =>
    'the replay was stopped before any shard of the population was finished: there is nothing to report',
  sweepAxisInvalid: (spec: string, detail: string) =>
    `--param "${spec}": ${detail} (e.g. replay.crossReference.name.threshold=0.2,0.4,0.6 or …=0.1:0.6:6)`,
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
  tooManyCandidatePairs: (
    pairs: number,
    limit: number,
    rules: number,
    rule: string,
    block: string,
    left: number,
    right: number | null,
  ) => {
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    const summed = rules > 1 ? ` (summed over its ${rules} rules)` : '';
    const holds =
      right === null
        ? `${n(left)} ${left === 1 ? 'record' : 'records'}, ${n((left * (left - 1)) / 2)} pairs`
        : `${n(left)} ${left === 1 ? 'record' : 'records'} of the first set and ${n(right)} of the second, ${n(left * right)} pairs`;
    return `blocking would make up to ${n(pairs)} candidate pairs${summed}, more than the limit of ${n(limit)}: the largest block, of rule "${rule}" (${block}), holds ${holds}. Block on more fields (a rule with more conditions), find out why so many records share these values (a placeholder name or date?), or raise the limit (--max-pairs of namesake link and link-csv)`;
  },
  columnMappingInvalid: (source: string, path: string, detail: string) =>
    `column mapping ${source}, ${path}: ${detail}`,
  csvEmpty: (file: string) =>
    `${file} is empty: expected a header row naming the columns, then one row per record`,
  csvNoRows: (file: string) => `${file} has a header row but no data rows`,
  csvMissingColumns: (file: string, missing: readonly string[], headers: readonly string[]) =>
    `${file} has no column${missing.length > 1 ? 's' : ''} ${quoted(missing)} named in the mapping; its columns are ${quoted(headers)}`,
  csvDuplicateColumn: (file: string, column: string) =>
    `${file}: the mapped column "${column}" appears more than once in the header; rename one of them`,
  csvMissingName: (file: string, problem: string) =>
    `${file}: ${problem}; every record needs a given name and a surname: fix or remove the row, or allow rows without names`,
  csvTooManyProblems: (
    file: string,
    bad: number,
    rows: number,
    maxShare: number,
    first: string,
    check: string,
  ) =>
    `${file}: ${bad.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} rows (${percent(bad / rows)}) have a value that cannot be read, more than the ${percent(maxShare)} allowed; the first: ${first}. Check ${check}, or fix the file`,
  csvNotUtf8: (file: string, line: number, byte: number) =>
    `${file} is not UTF-8 text: line ${line} (byte offset ${byte}) holds bytes that are not UTF-8, as a Windows or Latin-1 export writes them; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
  csvUtf16: (file: string) =>
    `${file} is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
  csvNulByte: (file: string, byte: number) =>
    `${file} is not UTF-8 text: byte offset ${byte} is a NUL byte, as in UTF-16 text or a binary file; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
  csvWorkbook: (file: string) =>
    `${file} is a spreadsheet workbook (.xlsx), not CSV text; save it as "CSV UTF-8" first`,
} as const;

export function engineError<K extends keyof typeof message>(
  code: K,
  ...args: Parameters<(typeof message)[K]>
): EngineError {
  const build = message[code] as (...a: Parameters<(typeof message)[K]>) => string;
  return new EngineError(code, build(...args));
}

function quoted(items: readonly string[]): string {
  return items.map((c) => `"${c}"`).join(', ');
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1).replace(/\.0$/, '')} %`;
}

/**
 * What is wrong with one value of a user's CSV file. The row is kept with that field missing;
 * rows are numbered as a spreadsheet shows them (the header is row 1).
 */
export const rowProblem = {
  at: (row: number, column: string, detail: string) => `row ${row}, column "${column}": ${detail}`,
  atRow: (row: number, detail: string) => `row ${row}: ${detail}`,
  notADate: (value: string, format: string) => `"${value}" is not a date in format ${format}`,
  dateOutOfRange: (value: string) =>
    `"${value}" is outside the dates a record can hold (2 January 1900 to 31 December 2078)`,
  notAZip: (value: string) => `"${value}" is not a ZIP code (5 digits, or ZIP+4)`,
  notATin: (value: string, digits: number) =>
    `"${value}" is not a 9-digit SSN or ITIN${digits === 8 ? ' (8 digits: did a spreadsheet drop a leading zero?)' : ''}`,
  emptyName: (part: string) => `no ${part}`,
  notLatin: (value: string) => `"${value}" has no Latin letters; names must be romanised`,
  tooFewFields: (found: number, expected: number) =>
    `the row has ${found} field${found === 1 ? '' : 's'}, the header ${expected}`,
  tooManyFields: (extra: number) =>
    `the row has ${extra} field${extra === 1 ? '' : 's'} more than the header (an unquoted comma in a value?)`,
} as const;
