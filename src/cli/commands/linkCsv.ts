/**
 * `namesake link-csv`: links two users' CSV files, or deduplicates one, with a column mapping
 * per file, by deterministic rules or a Fellegi–Sunter model, and writes the declared pairs
 * (CSV, optionally gzip) and metrics JSON. With a truth column in every file, every declared
 * pair is measured as for simulated files; without one, only counts are reported.
 */
import type { Command } from 'commander';
import { RomanisationFamilies } from '../../matching/comparison/names/romanisationFamilies';
import { RecordComparisonSpecSchema } from '../../matching/comparison/recordComparison';
import { dedupeFile, splitInHalves } from '../../matching/io/dedupeFile';
import { createKeyTables } from '../../matching/io/KeyTables';
import type { CsvReadSummary } from '../../matching/io/recordBuilder';
import { DEFAULT_PROBLEM_POLICY, type ProblemPolicy } from '../../matching/io/RowProblems';
import { DEFAULT_MAX_CANDIDATE_PAIRS } from '../../matching/blocking/candidatePairs';
import { estimateModel } from '../../matching/linking/estimateModel';
import { DEFAULT_BLOCKING } from '../../matching/linking/linkTwoFiles';
import { loadDatasets } from '../../node/loadDatasets';
import { readColumnMapping, readCsvInput } from '../csvInput';
import {
  checkChosenRules,
  checkDecisionFlags,
  chooseDecision,
  decisionOptions,
  decisionReport,
  DEFAULT_RULES,
  type DecisionFlags,
} from '../decisionOptions';
import { recordedCurve, writeDecisionOutputs, writeJson, writtenLine } from '../linkOutput';
import { linkOnThreads, threadsOption } from '../linkPool';
import { counted, int, metricsLines, readLine } from '../linkSummary';
import { ExitCode, linkCsvMessage, UsageError } from '../messages';
import { maxPairsOption, parseCount } from '../options';
import { prepareOutDir } from '../outputPaths';
import { version } from '../version';

interface LinkCsvFlags extends DecisionFlags {
  left: string;
  right?: string;
  map: string;
  rightMap?: string;
  seed: string;
  maxBadRows: string;
  allowMissingNames?: boolean;
  out: string;
  gzip?: boolean;
  json?: boolean;
  threads?: string;
  maxPairs: string;
}

export function registerLinkCsv(program: Command, report: (exitCode: number) => void): void {
  const command = program
    .command('link-csv')
    .description('Link two CSV files (or deduplicate one) and measure the wrong matches')
    .requiredOption('--left <file>', 'the first CSV file (or .csv.gz)')
    .option('--right <file>', 'the second CSV file; without it, --left is deduplicated')
    .requiredOption('--map <mapping>', 'column mapping of --left (a JSON file or inline JSON)')
    .option('--right-map <mapping>', 'column mapping of --right (default: --map)');
  decisionOptions(command)
    .option('--seed <s>', 'random seed of --estimate em', '1')
    .option('--max-bad-rows <share>', 'largest share of rows with an unreadable value', '0.1')
    .option('--allow-missing-names', 'keep rows without a given name or surname')
    .option('--out <dir>', 'folder for pairs.csv and metrics.json', 'namesake-link-csv')
    .option(
      '--threads <n>',
      'worker threads for linking two files, one partition of the blocks each (default: 1)',
    )
    .option(
      '--max-pairs <n>',
      'refuse, before comparing, blocking that could make more candidate pairs',
      String(DEFAULT_MAX_CANDIDATE_PAIRS),
    )
    .option('--gzip', 'write pairs.csv.gz')
    .option('--json', 'print the metrics JSON on stdout')
    .action(async (flags: LinkCsvFlags) => report(await runLinkCsv(flags)));
}

function problemPolicy(flags: LinkCsvFlags): ProblemPolicy {
  const share = Number(flags.maxBadRows);
  if (flags.maxBadRows.trim() === '' || !(share >= 0 && share <= 1))
    throw new UsageError(linkCsvMessage.badShare('--max-bad-rows', flags.maxBadRows));
  return {
    maxProblemShare: share,
    missingNames: flags.allowMissingNames ? 'problem' : DEFAULT_PROBLEM_POLICY.missingNames,
  };
}

/** Problems and unknown truth values of one file, on stderr (stdout may be JSON). */
function warn(summary: CsvReadSummary): void {
  if (summary.problemRows > 0) {
    const shown = summary.problems.slice(0, 5).map((p) => `  ${p}\n`);
    const more = summary.problemRows > shown.length ? '  …\n' : '';
    process.stderr.write(
      `namesake: ${linkCsvMessage.rowsWithProblems(summary.file, summary.problemRows)}\n${shown.join('')}${more}`,
    );
  }
  if (summary.hasTruth && summary.missing.truth > 0)
    process.stderr.write(
      `namesake: ${linkCsvMessage.unknownTruth(summary.file, summary.missing.truth)}\n`,
    );
}

export async function runLinkCsv(flags: LinkCsvFlags): Promise<number> {
  const started = performance.now();
  const choice = checkDecisionFlags(flags);
  const seed = parseCount('--seed', flags.seed, 0, 0xffffffff);
  const policy = problemPolicy(flags);
  if (flags.rightMap !== undefined && flags.right === undefined)
    throw new UsageError(linkCsvMessage.rightMapWithoutRight());
  const threads = threadsOption(flags.threads);
  const maxCandidatePairs = maxPairsOption(flags.maxPairs);
  const comparison = RecordComparisonSpecSchema.parse({});
  checkChosenRules(choice, DEFAULT_RULES, comparison);
  prepareOutDir(flags.out);
  const leftMapping = readColumnMapping(flags.map);
  const rightMapping =
    flags.rightMap !== undefined ? readColumnMapping(flags.rightMap) : leftMapping;

  const keys = createKeyTables();
  const left = await readCsvInput(flags.left, leftMapping, keys, policy);
  const right =
    flags.right !== undefined ? await readCsvInput(flags.right, rightMapping, keys, policy) : null;
  const summaries = right ? [left.summary, right.summary] : [left.summary];
  summaries.forEach(warn);
  const hasTruth = summaries.every((s) => s.hasTruth);
  if (choice.estimate === 'truth' && !hasTruth)
    throw new UsageError(linkCsvMessage.estimateTruthNeedsTruth());
  const readSeconds = (performance.now() - started) / 1000;

  const { communities } = loadDatasets();
  const families = new RomanisationFamilies(communities);
  const nameOf = (id: number) => keys.names.name(id);
  const b = right?.records ?? left.records;
  const { decision, estimated } = chooseDecision(
    choice,
    (method, threshold) => {
      const [fitLeft, fitRight] = right ? [left.records, b] : splitInHalves(left.records);
      return estimateModel(fitLeft, fitRight, nameOf, families, {
        comparison,
        blocking: DEFAULT_BLOCKING,
        method,
        seed,
        threshold,
        maxCandidatePairs,
      });
    },
    DEFAULT_RULES,
  );
  const options = {
    comparison,
    decision,
    blocking: decision.kind === 'fellegiSunter' ? DEFAULT_BLOCKING : undefined,
    maxCandidatePairs,
  };
  const result = right
    ? await linkOnThreads(left.records, right.records, nameOf, communities, options, {
        threads,
      })
    : dedupeFile(left.records, nameOf, families, options);
  const linkSeconds = (performance.now() - started) / 1000 - readSeconds;

  const written = await writeDecisionOutputs(
    flags.out,
    flags.gzip === true,
    left.records,
    b,
    result.declared,
    { nameOf, truthOf: (truth) => keys.truths.text(truth) },
    decision,
    choice.model,
  );
  const metrics = {
    version,
    command: 'link-csv',
    mode: right ? 'link' : 'dedupe',
    inputs: {
      left: { mapping: leftMapping, ...left.summary },
      right: right ? { mapping: rightMapping, ...right.summary } : null,
    },
    comparison,
    decision: decisionReport(decision, estimated),
    records: { left: left.records.size, right: right ? right.records.size : null },
    blocking: result.blocking,
    candidates: result.candidates,
    distinctNamePairs: result.distinctNamePairs,
    declared: result.declared.left.length,
    metrics: hasTruth ? result.metrics : null,
    note: hasTruth ? undefined : linkCsvMessage.noTruth(),
    curve: hasTruth ? recordedCurve(result.histogram) : null,
    timings: { readSeconds, linkSeconds },
    outputs: written,
  };
  const metricsPath = writeJson(flags.out, 'metrics.json', metrics);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
    return ExitCode.ok;
  }
  const how =
    decision.kind === 'rules'
      ? `rules: ${decision.rules.map((r) => r.name).join('; ')}`
      : `Fellegi–Sunter, threshold ${decision.model.threshold}`;
  const lines = summaries.map(readLine);
  lines.push(
    right
      ? `Linked ${counted(left.records.size, 'record', 'records')} of ${flags.left} against ${int(right.records.size)} of ${flags.right} (${how}): ${counted(result.candidates.count, 'candidate pair', 'candidate pairs')}.`
      : `Deduplicated ${counted(left.records.size, 'record', 'records')} of ${flags.left} (${how}): ${counted(result.candidates.count, 'candidate pair', 'candidate pairs')}.`,
  );
  if (hasTruth) lines.push(...metricsLines(result.metrics));
  else lines.push(`Declared matches: ${int(metrics.declared)}.`, linkCsvMessage.noTruth());
  lines.push(writtenLine(written, metricsPath));
  process.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}
