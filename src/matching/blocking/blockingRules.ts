/**
 * Blocking rules: a candidate pair is one whose records agree exactly on every part of at
 * least one rule's key (rules are OR'd, as in Splink). Rules can be written by hand or derived
 * from the decision rules so that blocking never drops a pair a decision rule could accept.
 */
import { z } from 'zod';
import type { ComparisonField } from '../decision/comparisonSpace';
import { compileRule, type MatchRule } from '../decision/rules';
import { engineError } from '../messages';
import { KEY_PARTS, type KeyPart } from './keyParts';

export const BlockingRuleSchema = z.strictObject({
  name: z.string().min(1),
  on: z.array(z.enum(KEY_PARTS)).min(1),
});
export type BlockingRule = z.infer<typeof BlockingRuleSchema>;

/**
 * Which key part a field agreeing at a level (or stronger) guarantees to be equal. A level
 * name maps to the part it implies; levels not listed imply nothing exact.
 */
const IMPLIED: Record<string, Record<string, KeyPart>> = {
  given: { exact: 'given' },
  surname: { exact: 'surname', romanisation: 'surnameFamily' },
  nameControl: { same: 'surnameNameControl' },
  dob: { exact: 'dob', dayMonthTransposed: 'birthYear', sameYear: 'birthYear' },
  address: {
    sameUnit: 'building',
    sameBuildingUnitMissing: 'building',
    sameBuildingOtherUnit: 'building',
    sameZip: 'zip',
  },
  tin: { same: 'tin' },
};

/** Equality on the left part implies equality on the right one. */
const COARSER: Partial<Record<KeyPart, KeyPart>> = {
  surname: 'surnameFamily',
  dob: 'birthYear',
  building: 'zip',
};

/** The part all of `parts` imply, if there is one. */
function commonPart(parts: readonly KeyPart[]): KeyPart | undefined {
  return parts.find((p) => parts.every((q) => q === p || COARSER[q] === p));
}

/**
 * One blocking rule per decision rule, on every key part the rule's conditions guarantee:
 * a condition "field at level ≤ k" guarantees a part only if every level 0…k does.
 */
export function blockingRulesFor(
  rules: readonly MatchRule[],
  fields: readonly ComparisonField[],
): BlockingRule[] {
  return rules.map((rule) => {
    // A condition on a field that does not exist is that, not a rule that "cannot be blocked".
    compileRule(rule, fields, `"${rule.name}"`);
    const parts = new Set<KeyPart>();
    for (const condition of rule.all) {
      const field = fields.find((f) => f.name === condition.field);
      if (!field) continue;
      const implied = IMPLIED[field.name] ?? {};
      const levelParts = field.levels.slice(0, condition.atMost + 1).map((level) => implied[level]);
      if (levelParts.some((p) => p === undefined)) continue;
      const common = commonPart(levelParts as KeyPart[]);
      if (common) parts.add(common);
    }
    if (parts.size === 0) throw engineError('ruleNotBlockable', rule.name);
    return { name: rule.name, on: [...parts] };
  });
}
