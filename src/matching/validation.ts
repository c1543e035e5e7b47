/**
 * Validation of configuration objects with a zod schema, reporting the first problem with the
 * JSON path where it is (e.g. "population.foreignBornShare.korean: must be at most 1 …"), in
 * words a person uses rather than zod's ("Too big: expected number to be <=1").
 */
import type { z } from 'zod';
import { engineError } from './messages';

const number = (x: number | bigint) =>
  typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(x);

const valueText = (input: unknown) =>
  typeof input === 'string'
    ? `"${input}"`
    : input === undefined
      ? 'nothing'
      : JSON.stringify(input);

/** For a value from 0 to 1 perhaps given as a percentage (29.6 for 29.6 %): how to write it. */
function percentHint(maximum: number | bigint, input: unknown): string {
  if (maximum !== 1 || typeof input !== 'number' || !(input > 1 && input <= 100)) return '';
  return ` (a value from 0 to 1: if ${number(input)} is a percentage, write ${number(input / 100)})`;
}

/**
 * A schema problem in plain words, for zod's per-parse `error` option (undefined: zod's own
 * message; messages a schema sets itself come first). A value bounded by 1 given as a
 * percentage (29.6 for 29.6 %, the usual slip) is told how to write it.
 */
export function plainIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive === false
          ? `must be less than ${number(issue.maximum)}, got ${valueText(issue.input)}`
          : `must be at most ${number(issue.maximum)}, got ${valueText(issue.input)}${percentHint(issue.maximum, issue.input)}`;
      if (issue.origin === 'array') return `must have at most ${number(issue.maximum)} items`;
      return undefined;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int')
        return issue.inclusive === false
          ? `must be more than ${number(issue.minimum)}, got ${valueText(issue.input)}`
          : `must be at least ${number(issue.minimum)}, got ${valueText(issue.input)}`;
      if (issue.origin === 'array')
        return `needs at least ${number(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return undefined;
    case 'invalid_type': {
      const expected =
        issue.expected === 'int'
          ? 'a whole number'
          : issue.expected === 'object' || issue.expected === 'array'
            ? `an ${issue.expected}`
            : `a ${issue.expected}`;
      return issue.input === undefined
        ? `required (${expected})`
        : `expected ${expected}, got ${valueText(issue.input)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => valueText(v)).join(', ')}, got ${valueText(issue.input)}`;
    case 'invalid_union': {
      // A member that says which of several kinds an object is (a name rule's "kind"), missing
      // or not one of them; zod reports it at that member's path.
      const choices = 'options' in issue ? (issue.options as readonly unknown[]) : undefined;
      if (issue.discriminator === undefined || !Array.isArray(choices)) return undefined;
      const input = issue.input;
      const given =
        input !== null && typeof input === 'object'
          ? (input as Record<string, unknown>)[issue.discriminator]
          : undefined;
      const options = choices.map((v) => valueText(v)).join(', ');
      return given === undefined
        ? `required: one of ${options} (which kind this is)`
        : `must be one of ${options}, got ${valueText(given)}`;
    }
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (misspelt?)`;
    default:
      return undefined;
  }
}

/** Parses `input` (undefined/null read as {}); throws EngineError `code` naming the path. */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
  pathPrefix = '',
  code: 'configInvalid' | 'matchRuleInvalid' = 'configInvalid',
): T {
  const result = schema.safeParse(input ?? {}, { error: plainIssue });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
    throw engineError(code, path, issue.message);
  }
  return result.data;
}
