/**
 * A Fellegi–Sunter model saved as JSON, so a fitted or hand-set model can be kept, shared and
 * loaded again. The zod schema checks types and ranges; the model's constructor checks what a
 * schema cannot (array lengths, sums to 1), and both name the JSON path of the first problem.
 */
import { z } from 'zod';
import { parseJsonText } from '../io/jsonText';
import { EngineError, engineError } from '../messages';
import { plainIssue } from '../validation';
import { FellegiSunterModel } from './FellegiSunterModel';

const probability = z.number().min(0).max(1);

const FieldJsonSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('The comparison field, named as the comparison stage names it.'),
    levels: z
      .array(z.string().min(1))
      .min(2)
      .max(256)
      .describe('Names of the agreement levels, from the strongest agreement to disagreement.'),
    nullLevel: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'Index of the level meaning "missing on one record or both": weight 0, and m and u there are 0. Default: none.',
      ),
    m: z
      .array(probability)
      .describe(
        'm per level: the chance a true match reaches the level, given both values are present. Adds up to 1.',
      ),
    u: z
      .array(probability)
      .describe(
        'u per level: the chance two different people reach the level, given both values are present. Adds up to 1.',
      ),
    termFrequency: z
      .strictObject({ exactLevel: z.number().int().min(0) })
      .optional()
      .describe(
        "Term-frequency adjustment: at `exactLevel` the weight is log2(m / p), p being the value's share of the population (not of the file). Default: none.",
      ),
  })
  .superRefine((field, ctx) => {
    const n = field.levels.length;
    if (field.nullLevel !== undefined && field.nullLevel >= n)
      ctx.addIssue({ code: 'custom', path: ['nullLevel'], message: `must be below ${n}` });
    const tf = field.termFrequency;
    if (tf && (tf.exactLevel >= n || tf.exactLevel === field.nullLevel))
      ctx.addIssue({
        code: 'custom',
        path: ['termFrequency', 'exactLevel'],
        message: "must be one of the field's non-null levels",
      });
  });

export const ModelJsonSchema = z.strictObject({
  version: z.literal(1).describe('Format version of the saved model. Always 1.'),
  lambda: z
    .number()
    .gt(0)
    .lt(1)
    .describe('Prior probability λ that a candidate pair is a match, strictly between 0 and 1.'),
  threshold: z
    .number()
    .default(0)
    .describe(
      'Match weight (log2 odds) at or above which a pair is declared a match. Default: 0 (probability ½).',
    ),
  fields: z.array(FieldJsonSchema).min(1).describe('The compared fields, in comparison order.'),
});

export type ModelJson = z.input<typeof ModelJsonSchema>;

/** The saved form of `model`: two-space indented JSON. */
export function modelToJson(model: FellegiSunterModel): string {
  const saved: ModelJson = {
    version: 1,
    lambda: model.lambda,
    threshold: model.threshold,
    fields: model.fields.map((field, f) => ({
      name: field.name,
      levels: [...field.levels],
      ...(field.nullLevel === undefined ? {} : { nullLevel: field.nullLevel }),
      m: [...model.m[f]!],
      u: [...model.u[f]!],
      ...(model.termFrequency[f] ? { termFrequency: { ...model.termFrequency[f] } } : {}),
    })),
  };
  return JSON.stringify(saved, null, 2);
}

/** Loads a saved model; every error is an EngineError naming the JSON path. */
export function modelFromJson(text: string): FellegiSunterModel {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw engineError('matchModelNotJson', parsed.problem);
  return parseModel(parsed.value);
}

/** Builds a model from an already-parsed JSON value. */
export function parseModel(value: unknown): FellegiSunterModel {
  // Something else entirely (a scenario, a mapping) is said to be that, not its first misfit.
  const object = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!object || !('fields' in value) || !('version' in value))
    throw engineError(
      'matchModelInvalid',
      '',
      'not a saved match model (one has "version": 1, "lambda", "threshold" and "fields"); write one with --estimate and --out',
    );
  const result = ModelJsonSchema.safeParse(value, { error: plainIssue });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw engineError('matchModelInvalid', issue.path.map(String).join('.'), issue.message);
  }
  const saved = result.data;
  try {
    return new FellegiSunterModel({
      fields: saved.fields.map(({ name, levels, nullLevel }) => ({ name, levels, nullLevel })),
      m: saved.fields.map((field) => field.m),
      u: saved.fields.map((field) => field.u),
      lambda: saved.lambda,
      threshold: saved.threshold,
      termFrequency: saved.fields.map((field) => field.termFrequency ?? null),
    });
  } catch (error) {
    // Field-list errors (a name used twice) have no path of their own: they concern `fields`.
    if (error instanceof EngineError && error.code === 'comparisonFieldsInvalid')
      throw engineError('matchModelInvalid', 'fields', error.message);
    throw error;
  }
}

/** JSON Schema of the saved model, for editors; generated from the zod schema. */
export function modelJsonSchema(): z.core.JSONSchema.JSONSchema {
  return z.toJSONSchema(ModelJsonSchema, { io: 'input' });
}
