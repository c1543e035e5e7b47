/**
 * `namesake link`: generates a population and two agencies' files of it, links them by
 * deterministic rules or a Fellegi–Sunter model, and writes the declared pairs (CSV, optionally
 * gzip) and metrics JSON measured against the truth.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { MatchRuleSchema, type MatchRule } from '../../matching/decision/rules';
import { modelFromJson, modelToJson } from '../../matching/decision/modelJson';
import type { FellegiSunterModel } from '../../matching/decision/FellegiSunterModel';
import { RecordComparer } from '../../matching/comparison/recordComparison';
import { explainPair } from '../../matching/evaluation/explainPair';
import { estimateModel } from '../../matching/linking/estimateModel';
import { populationNameFrequencies } from '../../matching/linking/nameFrequencies';
import { DEFAULT_BLOCKING, linkTwoFiles, type Decision } from '../../matching/linking/linkTwoFiles';
import {
  RULE_PRESET_NAMES,
  RULE_PRESETS,
  type RulePreset,
} from '../../matching/linking/rulePresets';
import { simulatedFiles } from '../../matching/linking/simulatedFiles';
import { EngineError } from '../../matching/messages';
import { PopulationModel } from '../../matching/population/model';
import { generatePopulation } from '../../matching/population/population';
import { loadDatasets } from '../../node/loadDatasets';
import { ExitCode, linkMessage, UsageError } from '../messages';
import { parseCount } from '../options';
import { linkFrom, populationFrom, readScenarioObject } from '../scenarioFile';
import { writeJson, writePairs } from '../linkOutput';
import { version } from '../version';

/** Above this the population no longer fits comfortably in memory with both files. */
const MAX_IN_MEMORY = 20_000_000;

interface LinkOptions {
  size: string;
  seed?: string;
  scenario?: string;
  rule: string[];
  model?: string;
  estimate?: 'em' | 'truth';
  threshold?: string;
  termFrequency?: boolean;
  out: string;
  gzip?: boolean;
  json?: boolean;
}

export function registerLink(program: Command, report: (exitCode: number) => void): void {
  program
    .command('link')
    .description("Link two agencies' files of a simulated population and measure the wrong matches")
    .option('--size <n>', 'people in the population (e.g. 1M)', '1000000')
    .option('--seed <s>', 'random seed')
    .option('--scenario <file>', 'scenario JSON: "population" and "link" members')
    .option(
      '--rule <rule>',
      `a rule preset (${RULE_PRESET_NAMES.join(', ')}) or a JSON rule; repeatable`,
      collect,
      [],
    )
    .option('--model <file>', 'a saved Fellegi–Sunter model (JSON) to decide with')
    .option('--estimate <method>', 'fit a Fellegi–Sunter model: em (no labels) or truth')
    .option('--threshold <w>', 'match-weight threshold for the Fellegi–Sunter model')
    .option(
      '--term-frequency',
      "with --estimate: weigh exact name agreement by the name's population frequency (KIM < KWAK)",
    )
    .option('--out <dir>', 'folder for pairs.csv and metrics.json', 'namesake-link')
    .option('--gzip', 'write pairs.csv.gz')
    .option('--json', 'print the metrics JSON on stdout')
    .action(async (options: LinkOptions) => report(await runLink(options)));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseRule(text: string): MatchRule {
  if (text in RULE_PRESETS) return RULE_PRESETS[text as RulePreset];
  try {
    return MatchRuleSchema.parse(JSON.parse(text));
  } catch {
    throw new UsageError(linkMessage.unknownRule(text, RULE_PRESET_NAMES));
  }
}

function readModel(file: string): FellegiSunterModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      linkMessage.modelUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)),
    );
  }
  try {
    return modelFromJson(text);
  } catch (error) {
    if (error instanceof EngineError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

export async function runLink(options: LinkOptions): Promise<number> {
  const started = performance.now();
  const size = parseCount('--size', options.size, 1, MAX_IN_MEMORY);
  const seed =
    options.seed !== undefined ? parseCount('--seed', options.seed, 0, 0xffffffff) : undefined;
  const threshold = options.threshold !== undefined ? Number(options.threshold) : undefined;
  if (threshold !== undefined && !Number.isFinite(threshold))
    throw new UsageError(`--threshold expects a number, got "${options.threshold}"`);
  if (options.estimate !== undefined && options.estimate !== 'em' && options.estimate !== 'truth') {
    throw new UsageError(`--estimate expects "em" or "truth", got "${options.estimate}"`);
  }
  const useModel = options.model !== undefined || options.estimate !== undefined;
  if (useModel && options.rule.length > 0) throw new UsageError(linkMessage.rulesAndModel());
  const json = readScenarioObject(options.scenario);
  const config = populationFrom(json, options.scenario, { size, seed });
  const scenario = linkFrom(json, options.scenario);

  const model = new PopulationModel(loadDatasets(), config);
  const shards = generatePopulation(model);
  const files = simulatedFiles(model, shards, scenario.left, scenario.right);
  const generatedSeconds = (performance.now() - started) / 1000;

  let decision: Decision;
  let estimated: ReturnType<typeof estimateModel> | null = null;
  if (options.model !== undefined) {
    const loaded = readModel(options.model);
    decision = {
      kind: 'fellegiSunter',
      model: threshold !== undefined ? loaded.with({ threshold }) : loaded,
    };
  } else if (options.estimate !== undefined) {
    estimated = estimateModel(files.left, files.right, files.nameOf, files.families, {
      comparison: scenario.comparison,
      blocking: DEFAULT_BLOCKING,
      method: options.estimate,
      seed: config.seed,
      threshold: threshold ?? 0,
      termFrequency: options.termFrequency === true,
    });
    decision = { kind: 'fellegiSunter', model: estimated.model };
  } else {
    const rules =
      options.rule.length > 0
        ? options.rule.map(parseRule)
        : (scenario.rules ?? [RULE_PRESETS['tin-name-control'], RULE_PRESETS['exact-name-dob']]);
    decision = { kind: 'rules', rules };
  }
  const result = linkTwoFiles(files.left, files.right, files.nameOf, files.families, {
    comparison: scenario.comparison,
    decision,
    blocking: decision.kind === 'fellegiSunter' ? DEFAULT_BLOCKING : undefined,
    oracle: files.oracle,
    // A model decides whether to use them (its termFrequency settings).
    frequencies: decision.kind === 'fellegiSunter' ? populationNameFrequencies(model) : undefined,
  });
  const linkedSeconds = (performance.now() - started) / 1000 - generatedSeconds;

  const ruleNames = decision.kind === 'rules' ? decision.rules.map((r) => r.name) : [];
  const pairsPath = await writePairs(
    options.out,
    options.gzip === true,
    files.left,
    files.right,
    result.declared,
    files.nameOf,
    (score) => (decision.kind === 'rules' ? (ruleNames[score] ?? '') : score.toFixed(3)),
  );
  if (decision.kind === 'fellegiSunter')
    writeJson(options.out, 'model.json', JSON.parse(modelToJson(decision.model)));
  const metrics = {
    version,
    command: 'link',
    population: config,
    link: { ...scenario, rules: decision.kind === 'rules' ? decision.rules : undefined },
    decision:
      decision.kind === 'rules'
        ? { kind: 'rules', rules: ruleNames }
        : {
            kind: 'fellegiSunter',
            threshold: decision.model.threshold,
            estimated: estimated && {
              method: estimated.method,
              passes: estimated.passes,
              lambda: estimated.model.lambda,
            },
          },
    records: { left: files.left.size, right: files.right.size },
    blocking: result.blocking,
    candidates: result.candidates,
    distinctNamePairs: result.distinctNamePairs,
    metrics: result.metrics,
    falseMatchCauses: result.falseMatchCauses,
    byCommunity: result.byCommunity,
    falseMatchExamples: falseMatchExamples(result, files, scenario.comparison, decision),
    curve: result.histogram ? result.histogram.curve(10).filter((p) => p.declared > 0) : null,
    timings: { generateSeconds: generatedSeconds, linkSeconds: linkedSeconds },
    outputs: { pairs: pairsPath },
  };
  writeJson(options.out, 'metrics.json', metrics);
  if (options.json) process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
  else
    process.stdout.write(
      `${formatLinkSummary(metrics.records, result.metrics, result.falseMatchCauses, pairsPath, options.out)}\n`,
    );
  return ExitCode.ok;
}

/** Up to five wrong matches, highest score first, explained field by field. */
function falseMatchExamples(
  result: ReturnType<typeof linkTwoFiles>,
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
  m: ReturnType<typeof linkTwoFiles>['metrics'],
  causes: Record<string, number> | null,
  pairsPath: string,
  out: string,
): string {
  const int = (n: number) => n.toLocaleString('en-US');
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `Linked ${int(records.left)} list records against ${int(records.right)} file records.`,
    `Declared matches: ${int(m.declared)} — ${int(m.truePositives)} right, ${int(m.falsePositives)} the wrong person (${pct(m.falseDiscoveryRate)}); ${int(m.falseNegatives)} true matches missed.`,
    `Precision ${pct(m.precision)} · recall ${pct(m.recall)} · F1 ${m.f1.toFixed(3)}`,
  ];
  if (causes && m.falsePositives > 0) {
    lines.push(
      `Wrong matches by cause: ${Object.entries(causes)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${c} ${int(n)}`)
        .join(', ')}`,
    );
  }
  lines.push(`Written: ${pairsPath} and ${out}/metrics.json`);
  return lines.join('\n');
}
