/**
 * The scenario editor: every parameter, grouped by pipeline stage as the schema groups them,
 * each with its doc, default and source as a tooltip; problems shown where they are; reset
 * to the preset.
 */
import type { FieldIssue } from './validateDraft';
import { FieldInput } from './FieldInput';
import { valueAt, type SchemaField, type SchemaGroup } from './schemaFields';

export interface ScenarioEditorProps {
  tree: SchemaGroup;
  draft: Record<string, unknown>;
  issues: readonly FieldIssue[];
  onChange: (path: readonly string[], value: unknown) => void;
  /** A field's typed text that cannot become a value (null: no longer), by its path. */
  onLocalIssue?: (path: readonly string[], issue: string | null) => void;
}

function issueFor(
  issues: readonly FieldIssue[],
  path: readonly string[],
  exact: boolean,
): string | undefined {
  const key = path.join('.');
  const found = issues.find((i) =>
    exact ? i.path === key : i.path === key || i.path.startsWith(`${key}.`),
  );
  return found?.message;
}

function Node({
  node,
  depth,
  ...props
}: ScenarioEditorProps & { node: SchemaGroup | SchemaField; depth: number }) {
  if (node.kind === 'field')
    return (
      <FieldInput
        field={node}
        value={valueAt(props.draft, node.path)}
        issue={issueFor(props.issues, node.path, false)}
        onChange={(value) => props.onChange(node.path, value)}
        onLocalIssue={(issue) => props.onLocalIssue?.(node.path, issue)}
      />
    );
  const groupIssue = issueFor(props.issues, node.path, true);
  const body = (
    <>
      {groupIssue && (
        <p className="field-issue" role="alert">
          {groupIssue}
        </p>
      )}
      {node.children.map((child) => (
        <Node key={child.key} node={child} depth={depth + 1} {...props} />
      ))}
    </>
  );
  if (depth === 1)
    return (
      <details
        className="stage"
        open={node.key === 'meta' || node.key === 'replay'}
        data-testid={`stage-${node.key}`}
      >
        <summary>
          <span className="stage-title">{node.title}</span>
          {issueFor(props.issues, node.path, false) && (
            <span className="stage-flag"> — has a problem</span>
          )}
        </summary>
        {node.description && <p className="note">{node.description}</p>}
        {body}
      </details>
    );
  return (
    <fieldset className="group">
      <legend title={node.description}>{node.title}</legend>
      {body}
    </fieldset>
  );
}

export function ScenarioEditor(props: ScenarioEditorProps) {
  return (
    <div className="scenario-editor">
      {props.tree.children.map((child) => (
        <Node key={child.key} node={child} depth={1} {...props} />
      ))}
    </div>
  );
}
