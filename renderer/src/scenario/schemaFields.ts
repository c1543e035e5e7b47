/**
 * The scenario editor's form, read from the scenario's JSON Schema (generated from the zod
 * schema): each object with properties becomes a group, each other member a field with its
 * title, its doc (which ends with its default and source), its default and its range.
 */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type Widget = 'number' | 'integer' | 'enum' | 'boolean' | 'string' | 'json';

export interface SchemaField {
  kind: 'field';
  path: string[];
  key: string;
  title: string;
  description: string;
  defaultValue: unknown;
  widget: Widget;
  min?: number;
  max?: number;
  options?: string[];
}

export interface SchemaGroup {
  kind: 'group';
  path: string[];
  key: string;
  title: string;
  description: string;
  children: (SchemaField | SchemaGroup)[];
}

/** "communityShare" → "Community share"; "tinMissing" → "Tin missing". */
export function humanize(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function widgetOf(schema: JsonSchema): Pick<SchemaField, 'widget' | 'options'> {
  if (schema.enum && schema.enum.every((v) => typeof v === 'string'))
    return { widget: 'enum', options: schema.enum as string[] };
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer') return { widget: 'integer' };
  if (type === 'number') return { widget: 'number' };
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'string') return { widget: 'string' };
  return { widget: 'json' };
}

export function schemaTree(
  schema: JsonSchema,
  path: string[] = [],
  key = '',
): SchemaGroup | SchemaField {
  const title = schema.title ?? (key ? humanize(key) : 'Scenario');
  const description = schema.description ?? '';
  if (schema.properties && Object.keys(schema.properties).length > 0) {
    return {
      kind: 'group',
      path,
      key,
      title,
      description,
      children: Object.entries(schema.properties).map(([k, child]) =>
        schemaTree(child, [...path, k], k),
      ),
    };
  }
  return {
    kind: 'field',
    path,
    key,
    title,
    description,
    defaultValue: schema.default ?? schema.const,
    ...widgetOf(schema),
    min: schema.minimum ?? schema.exclusiveMinimum,
    max: schema.maximum ?? schema.exclusiveMaximum,
  };
}

/** The value at `path` in a JSON document, or undefined. */
export function valueAt(document: unknown, path: readonly string[]): unknown {
  let node: unknown = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `document` with `path` set to `value` (undefined removes it). */
export function withValueAt(
  document: unknown,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const root: Record<string, unknown> =
    document !== null && typeof document === 'object' && !Array.isArray(document)
      ? { ...(document as Record<string, unknown>) }
      : {};
  let node = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      if (value === undefined) delete node[key];
      else node[key] = value;
      return;
    }
    const next = node[key];
    const copy =
      next !== null && typeof next === 'object' && !Array.isArray(next)
        ? { ...(next as Record<string, unknown>) }
        : {};
    node[key] = copy;
    node = copy;
  });
  return root;
}
