/**
 * Links the user's CSV files in the worker as `namesake link-csv` does: the same mapping
 * validation, record builder, rules, blocking and evaluation (engine modules), deterministic
 * rules only (a fitted model is the command line's, for now).
 */
import { RomanisationFamilies } from '../../../src/matching/comparison/names/romanisationFamilies';
import { RecordComparisonSpecSchema } from '../../../src/matching/comparison/recordComparison';
import type { Datasets } from '../../../src/matching/datasets/parse';
import { parseColumnMapping } from '../../../src/matching/io/columnMapping';
import { dedupeFile } from '../../../src/matching/io/dedupeFile';
import { createKeyTables } from '../../../src/matching/io/KeyTables';
import {
  PAIR_COLUMNS,
  pairCsvRows,
  pairValues,
  scoreLabel,
  type PairText,
} from '../../../src/matching/io/pairsCsv';
import { DEFAULT_PROBLEM_POLICY } from '../../../src/matching/io/RowProblems';
import { linkTwoFiles } from '../../../src/matching/linking/linkTwoFiles';
import { RULE_PRESETS } from '../../../src/matching/linking/rulePresets';
import {
  EXPORTED_PAIRS_LIMIT,
  WRONG_PAIRS_SHOWN,
  type CsvLinkReport,
  type PairRow,
  type CsvLinkRequest,
  type CsvReadProgress,
} from './csvLinkTypes';
import { readCsvFile } from './readCsvFile';

export const NO_TRUTH_NOTE =
  'No truth column in every file: the declared pairs are counted, but which are the wrong person cannot be measured.';

export async function linkCsvFiles(
  request: CsvLinkRequest,
  datasets: Pick<Datasets, 'communities'>,
  onProgress: (progress: CsvReadProgress) => void,
): Promise<CsvLinkReport> {
  const started = performance.now();
  const leftMapping = parseColumnMapping(request.leftMapping, request.left.name);
  const rightMapping = request.right
    ? parseColumnMapping(request.rightMapping, request.right.name)
    : leftMapping;
  const policy = { ...DEFAULT_PROBLEM_POLICY, maxProblemShare: request.maxBadRows };
  const keys = createKeyTables();
  const left = await readCsvFile(request.left, { mapping: leftMapping, keys, policy, onProgress });
  const right = request.right
    ? await readCsvFile(request.right, { mapping: rightMapping, keys, policy, onProgress })
    : null;
  const summaries = right ? [left.summary, right.summary] : [left.summary];
  const hasTruth = summaries.every((s) => s.hasTruth);
  const families = new RomanisationFamilies(datasets.communities);
  const nameOf = (id: number) => keys.names.name(id);
  const rules = request.rules.map((name) => RULE_PRESETS[name]);
  const options = {
    comparison: RecordComparisonSpecSchema.parse({}),
    decision: { kind: 'rules' as const, rules },
  };
  const result = right
    ? linkTwoFiles(left.records, right.records, nameOf, families, options)
    : dedupeFile(left.records, nameOf, families, options);
  const b = right?.records ?? left.records;
  const text: PairText = {
    nameOf,
    scoreLabel: scoreLabel(options.decision),
    truthOf: (truth) => keys.truths.text(truth),
  };
  const { declared } = result;
  const wrongPairs: PairRow[] = [];
  if (hasTruth) {
    for (let d = 0; d < declared.left.length && wrongPairs.length < WRONG_PAIRS_SHOWN; d++) {
      if (declared.isMatch[d] !== 0) continue;
      const values = pairValues(left.records, b, declared, text, d);
      const row = Object.fromEntries(PAIR_COLUMNS.map((c, k) => [c, values[k]!])) as PairRow;
      if (row.true_match === '0') wrongPairs.push(row);
    }
  }
  return {
    mode: right ? 'link' : 'dedupe',
    summaries,
    rules: rules.map((r) => r.name),
    candidates: result.candidates.count,
    declared: declared.left.length,
    metrics: hasTruth ? result.metrics : null,
    note: hasTruth ? null : NO_TRUTH_NOTE,
    seconds: (performance.now() - started) / 1000,
    pairsCsv:
      declared.left.length <= EXPORTED_PAIRS_LIMIT
        ? `${PAIR_COLUMNS.join(',')}\n${pairCsvRows(left.records, b, declared, text)}`
        : null,
    wrongPairs,
  };
}
