/**
 * `namesake link`: generates a population and two agencies' files of it, links them by
 * deterministic rules or a Fellegi–Sunter model, and writes the declared pairs (CSV, optionally
 * gzip) and metrics JSON measured against the truth.
 */
import type { Command } from 'commander';
import { RecordComparer } from '../../matching/comparison/recordComparison';
import { explainPair } from '../../matching/evaluation/explainPair';
import {
  FALSE_MATCH_CAUSE_LABELS,
  type FalseMatchCause,
} from '../../matching/evaluation/falseMatchCauses';
import { DEFAULT_MAX_CANDIDATE_PAIRS } from '../../matching/blocking/candidatePairs';
import { estimateModel } from '../../matching/linking/estimateModel';
import { populationNameFrequencies } from '../../matching/linking/nameFrequencies';
import {
  DEFAULT_BLOCKING,
  type Decision,
  type LinkResult,
} from '../../matching/linking/linkTwoFiles';
import { simulatedFiles } from '../../matching/linking/simulatedFiles';
import { PopulationModel } from '../../matching/population/model';
import { generatePopulation, MAX_POPULATION } from '../../matching/population/population';
import { loadDatasets } from '../../node/loadDatasets';
import {
  checkChosenRules,
  checkDecisionFlags,
  chooseDecision,
  decisionOptions,
  decisionReport,
  DEFAULT_RULES,
  type DecisionFlags,
} from '../decisionOptions';
import { linkOnThreads, threadsOption } from '../linkPool';
import { int, metricsLines } from '../linkSummary';
import { ExitCode, linkMessage, UsageError } from '../messages';
import { maxPairsOption, parseCount } from '../options';
import { prepareOutDir } from '../outputPaths';
import { linkFrom, populationFrom, readScenarioFile } from '../scenarioFile';
import { recordedCurve, writeDecisionOutputs, writeJson, writtenLine } from '../linkOutput';
import { version } from '../version';

/** Above this the population no longer fits comfortably in memory with both files. */
const MAX_IN_MEMORY = 20_000_000;

interface LinkOptions extends DecisionFlags {
  size?: string;
  seed?: string;
  scenario?: string;
  termFrequency?: boolean;
  out: string;
  gzip?: boolean;
  json?: boolean;
  threads?: string;
  maxPairs: string;
}

export function registerLink(program: Command, report: (exitCode: number) => void): void {
  const command = program
    .command('link')
    .description("Link two agencies' files of a simulated population and measure the wrong matches")
    .option(
      '--size <n>',
      "people in the population (e.g. 1M; default: the scenario's, else 1,000,000)",
    )
    .option('--seed <s>', 'random seed')
    .option('--scenario <file>', 'scenario JSON: "population" and "link" members');
  decisionOptions(command)
    .option(
      '--term-frequency',
      "with --estimate: weigh exact name agreement by the name's population frequency (KIM < KWAK)",
    )
    .option('--out <dir>', 'folder for pairs.csv and metrics.json', 'namesake-link')
    .option('--gzip', 'write pairs.csv.gz')
    .option('--json', 'print the metrics JSON on stdout')
    .option(
      '--threads <n>',
      'worker threads for linking, one partition of the blocks each (default: 1)',
    )
    .option(
      '--max-pairs <n>',
      'refuse, before comparing, blocking that could make more candidate pairs',
      String(DEFAULT_MAX_CANDIDATE_PAIRS),
    )
    .action(async (options: LinkOptions) => report(await runLink(options)));
}

export async function runLink(options: LinkOptions): Promise<number> {
  const started = performance.now();
  const size =
    options.size !== undefined ? parseCount('--size', options.size, 1, MAX_POPULATION) : undefined;
  const seed =
    options.seed !== undefined ? parseCount('--seed', options.seed, 0, 0xffffffff) : undefined;
  const choice = checkDecisionFlags(options);
  if (options.termFrequency === true && choice.estimate === undefined)
    throw new UsageError(linkMessage.termFrequencyWithoutEstimate());
  const json = readScenarioFile(options.scenario);
  const config = populationFrom(json, options.scenario, { size, seed });
  if (config.size > MAX_IN_MEMORY) {
    const from = size !== undefined ? '--size' : `${options.scenario} population.size`;
    throw new UsageError(linkMessage.tooLargeInMemory(config.size, MAX_IN_MEMORY, from));
  }
  const scenario = linkFrom(json, options.scenario);
  checkChosenRules(choice, scenario.rules ?? DEFAULT_RULES, scenario.comparison);
  const threads = threadsOption(options.threads);
  const maxCandidatePairs = maxPairsOption(options.maxPairs);
  prepareOutDir(options.out);

  const model = new PopulationModel(loadDatasets(), config);
  const shards = generatePopulation(model);
  const files = simulatedFiles(model, shards, scenario.left, scenario.right);
  const generatedSeconds = (performance.now() - started) / 1000;

  const { decision, estimated } = chooseDecision(
    choice,
    (method, threshold) =>
      estimateModel(files.left, files.right, files.nameOf, files.families, {
        comparison: scenario.comparison,
        blocking: DEFAULT_BLOCKING,
        method,
        seed: config.seed,
        threshold,
        termFrequency: options.termFrequency === true,
        maxCandidatePairs,
      }),
    scenario.rules ?? DEFAULT_RULES,
  );
  const result = await linkOnThreads(
    files.left,
    files.right,
    files.nameOf,
    model.datasets.communities,
    {
      comparison: scenario.comparison,
      decision,
      blocking: decision.kind === 'fellegiSunter' ? DEFAULT_BLOCKING : undefined,
      oracle: files.oracle,
      // A model decides whether to use them (its termFrequency settings).
      frequencies: decision.kind === 'fellegiSunter' ? populationNameFrequencies(model) : undefined,
      maxCandidatePairs,
    },
    { threads },
  );
  const linkedSeconds = (performance.now() - started) / 1000 - generatedSeconds;

  const written = await writeDecisionOutputs(
    options.out,
    options.gzip === true,
    files.left,
    files.right,
    result.declared,
    { nameOf: files.nameOf },
    decision,
    choice.model,
  );
  const metrics = {
    version,
    command: 'link',
    population: config,
    link: { ...scenario, rules: decision.kind === 'rules' ? decision.rules : undefined },
    decision: decisionReport(decision, estimated),
    records: { left: files.left.size, right: files.right.size },
    blocking: result.blocking,
    candidates: result.candidates,
    distinctNamePairs: result.distinctNamePairs,
    metrics: result.metrics,
    falseMatchCauses: result.falseMatchCauses,
    byCommunity: result.byCommunity,
    falseMatchExamples: falseMatchExamples(result, files, scenario.comparison, decision),
    curve: recordedCurve(result.histogram),
    timings: { generateSeconds: generatedSeconds, linkSeconds: linkedSeconds },
    outputs: written,
  };
  const metricsPath = writeJson(options.out, 'metrics.json', metrics);
  if (options.json) process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
  else
    process.stdout.write(
      `${formatLinkSummary(metrics.records, result.metrics, result.falseMatchCauses, writtenLine(written, metricsPath))}\n`,
    );
  return ExitCode.ok;
}

/** Up to five wrong matches, highest score first, explained field by field. */
function falseMatchExamples(
  result: LinkResult,
  files: ReturnType<typeof simulatedFiles>,
  comparison: ReturnType<typeof linkFrom>['comparison'],
  decision: Decision,
) {
  const comparer = new RecordComparer(comparison, files.nameOf, files.families);
  const wrong: number[] = [];
  result.declared.isMatch.forEach((ok, d) => {
    if (!ok) wrong.push(d);
  });
  wrong.sort((x, y) => result.declared.score[y]! - result.declared.score[x]! || x - y);
  return wrong.slice(0, 5).map((d) => ({
    leftPerson: files.left.truth[result.declared.left[d]!],
    rightPerson: files.right.truth[result.declared.right[d]!],
    ...explainPair(
      comparer,
      files.nameOf,
      files.left,
      result.declared.left[d]!,
      files.right,
      result.declared.right[d]!,
      decision.kind === 'fellegiSunter' ? decision.model : undefined,
    ),
  }));
}

function formatLinkSummary(
  records: { left: number; right: number },
  m: LinkResult['metrics'],
  causes: Record<string, number> | null,
  written: string,
): string {
  const lines = [
    `Linked ${int(records.left)} list records against ${int(records.right)} file records.`,
    ...metricsLines(m),
  ];
  if (causes && m.falsePositives > 0) {
    lines.push(
      `Wrong matches by cause: ${Object.entries(causes)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${FALSE_MATCH_CAUSE_LABELS[c as FalseMatchCause] ?? c} ${int(n)}`)
        .join(', ')}`,
    );
  }
  lines.push(written);
  return lines.join('\n');
}
