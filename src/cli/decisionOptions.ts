/**
 * The decision options the link commands share: deterministic rules (`--rule`, presets or
 * JSON), a saved Fellegi–Sunter model (`--model`), a model fitted to the files
 * (`--estimate em|truth`) and its threshold (`--threshold`); and how a decision is reported.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { blockingRulesFor } from '../matching/blocking/blockingRules';
import {
  comparisonFields,
  type RecordComparisonSpec,
} from '../matching/comparison/recordComparison';
import type { FellegiSunterModel } from '../matching/decision/FellegiSunterModel';
import { modelFromJson } from '../matching/decision/modelJson';
import { MatchRuleSchema, type MatchRule } from '../matching/decision/rules';
import { parseJsonText } from '../matching/io/jsonText';
import type { EstimatedModel } from '../matching/linking/estimateModel';
import type { Decision } from '../matching/linking/linkTwoFiles';
import { RULE_PRESET_NAMES, RULE_PRESETS, type RulePreset } from '../matching/linking/rulePresets';
import { EngineError } from '../matching/messages';
import { parseWithSchema } from '../matching/validation';
import { linkMessage, UsageError } from './messages';

/** The rules used when none are given: the IRS's TIN matching, and exact name + DOB. */
export const DEFAULT_RULES: readonly MatchRule[] = [
  RULE_PRESETS['tin-name-control'],
  RULE_PRESETS['exact-name-dob'],
];

export interface DecisionFlags {
  rule: string[];
  model?: string;
  estimate?: string;
  threshold?: string;
}

export interface DecisionChoice {
  /** Rules given with --rule (empty: the command's default). */
  rules: MatchRule[];
  model?: string;
  estimate?: 'em' | 'truth';
  threshold?: number;
}

/** Adds --rule, --model, --estimate and --threshold to a command. */
export function decisionOptions(command: Command): Command {
  return command
    .option(
      '--rule <rule>',
      `a rule preset (${RULE_PRESET_NAMES.join(', ')}) or a JSON rule; repeatable`,
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option('--model <file>', 'a saved Fellegi–Sunter model (JSON) to decide with')
    .option('--estimate <method>', 'fit a Fellegi–Sunter model: em (no labels) or truth')
    .option('--threshold <w>', 'match-weight threshold for the Fellegi–Sunter model');
}

export function parseRule(text: string): MatchRule {
  if (text in RULE_PRESETS) return RULE_PRESETS[text as RulePreset];
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    // Text that starts like JSON was meant as a rule: say what is wrong with it.
    if (/^\s*\{/.test(text)) throw new UsageError(linkMessage.ruleNotJson(parsed.problem));
    throw new UsageError(linkMessage.unknownRule(text, RULE_PRESET_NAMES));
  }
  const json = parsed.value;
  // A JSON rule that breaks the schema is told its problem and where, not "neither a preset".
  return parseWithSchema(MatchRuleSchema, json, '--rule', 'matchRuleInvalid');
}

/**
 * The rules the run would decide with (`--rule`, else `defaultRules`), checked against the
 * comparison's fields and for blocking before anything is generated or written. Nothing to
 * check when a model decides.
 */
export function checkChosenRules(
  choice: DecisionChoice,
  defaultRules: readonly MatchRule[],
  comparison: RecordComparisonSpec,
): void {
  if (choice.model !== undefined || choice.estimate !== undefined) return;
  const rules = choice.rules.length > 0 ? choice.rules : defaultRules;
  blockingRulesFor(rules, comparisonFields(comparison));
}

/** Checks the flags together; every problem is a UsageError naming the option. */
export function checkDecisionFlags(flags: DecisionFlags): DecisionChoice {
  const threshold = flags.threshold !== undefined ? Number(flags.threshold) : undefined;
  if (threshold !== undefined && !Number.isFinite(threshold))
    throw new UsageError(`--threshold expects a number, got "${flags.threshold}"`);
  if (flags.estimate !== undefined && flags.estimate !== 'em' && flags.estimate !== 'truth')
    throw new UsageError(`--estimate expects "em" or "truth", got "${flags.estimate}"`);
  const useModel = flags.model !== undefined || flags.estimate !== undefined;
  if (useModel && flags.rule.length > 0) throw new UsageError(linkMessage.rulesAndModel());
  // Options that would otherwise be dropped without a word.
  if (flags.model !== undefined && flags.estimate !== undefined)
    throw new UsageError(linkMessage.modelAndEstimate());
  if (threshold !== undefined && !useModel)
    throw new UsageError(linkMessage.thresholdWithoutModel());
  return {
    rules: flags.rule.map(parseRule),
    model: flags.model,
    estimate: flags.estimate,
    threshold,
  };
}

export function readModel(file: string): FellegiSunterModel {
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

/**
 * The decision the flags ask for: a saved model (threshold moved if given), a fitted one
 * (`fit` runs the estimation), or rules (`defaultRules` when none were given).
 */
export function chooseDecision(
  choice: DecisionChoice,
  fit: (method: 'em' | 'truth', threshold: number) => EstimatedModel,
  defaultRules: readonly MatchRule[],
): { decision: Decision; estimated: EstimatedModel | null } {
  if (choice.model !== undefined) {
    const loaded = readModel(choice.model);
    const model =
      choice.threshold !== undefined ? loaded.with({ threshold: choice.threshold }) : loaded;
    return { decision: { kind: 'fellegiSunter', model }, estimated: null };
  }
  if (choice.estimate !== undefined) {
    const estimated = fit(choice.estimate, choice.threshold ?? 0);
    return { decision: { kind: 'fellegiSunter', model: estimated.model }, estimated };
  }
  const rules = choice.rules.length > 0 ? choice.rules : [...defaultRules];
  return { decision: { kind: 'rules', rules }, estimated: null };
}

/** The decision as metrics.json records it. */
export function decisionReport(decision: Decision, estimated: EstimatedModel | null): object {
  if (decision.kind === 'rules') return { kind: 'rules', rules: decision.rules.map((r) => r.name) };
  return {
    kind: 'fellegiSunter',
    threshold: decision.model.threshold,
    estimated: estimated && {
      method: estimated.method,
      passes: estimated.passes,
      lambda: estimated.model.lambda,
    },
  };
}

export { scoreLabel } from '../matching/io/pairsCsv';
