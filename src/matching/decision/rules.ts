/**
 * Deterministic match rules over comparison levels. A rule accepts a pair when all of its
 * conditions hold; a condition says "field `field` agrees at level `atMost` or stronger" —
 * levels run from the strongest agreement (0) to disagreement, so it holds when the pair's
 * level is at most `atMost`. A null (missing) level never satisfies a condition: a missing
 * value is not agreement. A rule set accepts a pair when any of its rules does.
 *
 * Examples, with fields named as the comparison stage names them:
 *  - TIN + name control (the IRS's "TIN matching": taxpayer number and first four letters of
 *    the surname): `{ name: 'TIN + name control', all: [{ field: 'tin', atMost: 0 },
 *    { field: 'nameControl', atMost: 0 }] }`
 *  - Exact full name + date of birth: `{ name: 'exact name + DOB', all: [{ field: 'surname',
 *    atMost: 0 }, { field: 'givenName', atMost: 0 }, { field: 'birthDate', atMost: 0 }] }`
 *  - Fuzzy name and same ZIP (ICE's "same or similar names"), where level 1 of a name field is
 *    its fuzzy level: `{ name: 'fuzzy name + ZIP', all: [{ field: 'surname', atMost: 1 },
 *    { field: 'givenName', atMost: 1 }, { field: 'zip', atMost: 0 }] }`
 */
import { z } from 'zod';
import { engineError } from '../messages';
import { parseWithSchema } from '../validation';
import type { ComparisonField } from './comparisonSpace';

export const MatchRuleSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .describe('What the rule is called in reports, e.g. "TIN + name control".'),
  all: z
    .array(
      z.strictObject({
        field: z.string().min(1).describe('A comparison field name.'),
        atMost: z
          .number()
          .int()
          .min(0)
          .describe('Level index: the field must agree at this level or a stronger one.'),
      }),
    )
    .min(1)
    .describe('Conditions that must all hold.'),
});

export type MatchRule = z.infer<typeof MatchRuleSchema>;

/** A rule with its field names resolved to indices, ready to test many pairs. */
export class CompiledRule {
  constructor(
    readonly name: string,
    private readonly fieldIndex: readonly number[],
    private readonly atMost: readonly number[],
    private readonly nullLevel: readonly (number | undefined)[],
  ) {}

  /** True when the level vector at `levels[offset…]` meets every condition. */
  accepts(levels: ArrayLike<number>, offset = 0): boolean {
    for (let c = 0; c < this.fieldIndex.length; c++) {
      const level = levels[offset + this.fieldIndex[c]!]!;
      if (level > this.atMost[c]! || level === this.nullLevel[c]) return false;
    }
    return true;
  }
}

/** Resolves a rule's field names; errors name the path (e.g. `rules.1.all.0.field`). */
export function compileRule(
  rule: MatchRule,
  fields: readonly ComparisonField[],
  path = 'rule',
): CompiledRule {
  const names = fields.map((field) => field.name);
  const conditions = rule.all.map(({ field, atMost }, c) => {
    const f = names.indexOf(field);
    if (f < 0) throw engineError('matchRuleUnknownField', `${path}.all.${c}.field`, field, names);
    const n = fields[f]!.levels.length;
    if (!(Number.isInteger(atMost) && atMost >= 0 && atMost < n))
      throw engineError(
        'matchRuleInvalid',
        `${path}.all.${c}.atMost`,
        `"${field}" has levels 0 to ${n - 1}, not ${atMost}`,
      );
    return { f, atMost, nullLevel: fields[f]!.nullLevel };
  });
  return new CompiledRule(
    rule.name,
    conditions.map((c) => c.f),
    conditions.map((c) => c.atMost),
    conditions.map((c) => c.nullLevel),
  );
}

/** Validates a JSON list of rules and compiles each one against `fields`. */
export function parseRules(
  input: unknown,
  fields: readonly ComparisonField[],
  path = 'rules',
): CompiledRule[] {
  const rules = parseWithSchema(z.array(MatchRuleSchema), input ?? [], path, 'matchRuleInvalid');
  return rules.map((rule, i) => compileRule(rule, fields, `${path}.${i}`));
}

/** True when `rule` accepts the level vector `levels` (one entry per field). */
export function ruleAccepts(
  rule: MatchRule,
  fields: readonly ComparisonField[],
  levels: ArrayLike<number>,
): boolean {
  return compileRule(rule, fields).accepts(levels);
}

/** Index of the first rule that accepts the pair, or -1: which rule made each match. */
export function firstAcceptingRule(
  rules: readonly CompiledRule[],
  levels: ArrayLike<number>,
  offset = 0,
): number {
  return rules.findIndex((rule) => rule.accepts(levels, offset));
}
