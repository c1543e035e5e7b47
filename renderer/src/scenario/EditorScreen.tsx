/** The scenario editor screen: the form, its problems, reset to the preset, save, and run. */
import { useCallback, useMemo, useState } from 'react';
import { appMessage } from '../messages';
import { ScenarioEditor } from './ScenarioEditor';
import { draftIssues, scenarioTree } from './scenarioModel';
import { expectedSeconds, formatDuration, quickSettings } from './runSettings';
import { withValueAt } from './schemaFields';

export interface ScenarioDocument {
  /** A preset id or a file name. */
  source: string;
  title: string;
  /** What "Reset to preset" restores. */
  base: Record<string, unknown>;
  draft: Record<string, unknown>;
}

export interface EditorScreenProps {
  doc: ScenarioDocument | null;
  onChange: (draft: Record<string, unknown>) => void;
  onReset: () => void;
  onSave: () => void;
  onRun: (scale: 'quick' | 'full') => void;
  running: boolean;
}

export function EditorScreen({
  doc,
  onChange,
  onReset,
  onSave,
  onRun,
  running,
}: EditorScreenProps) {
  const draftProblems = useMemo(() => (doc ? draftIssues(doc.draft) : []), [doc]);
  // Text typed into a field that cannot become a value: the draft keeps the last good value,
  // so a run would silently use it — listed with the draft's problems, and no run until mended.
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(new Map());
  const [resets, setResets] = useState(0);
  const issues = [
    ...[...typed].map(([path, message]) => ({ path, message })),
    ...draftProblems.filter((i) => !typed.has(i.path)),
  ];
  const onLocalIssue = useCallback((path: readonly string[], issue: string | null) => {
    const key = path.join('.');
    setTyped((old) => {
      if ((old.get(key) ?? null) === issue) return old;
      const next = new Map(old);
      if (issue === null) next.delete(key);
      else next.set(key, issue);
      return next;
    });
  }, []);
  if (!doc)
    return (
      <section aria-labelledby="editor-title">
        <h1 id="editor-title">Scenario</h1>
        <p>Open a preset or a scenario file on the Start screen to edit its parameters.</p>
      </section>
    );
  const topIssues = issues.filter((i) => i.path === '');
  return (
    <section aria-labelledby="editor-title" className="editor">
      <h1 id="editor-title">Scenario: {doc.title}</h1>
      <p className="note">
        From {doc.source}. Every parameter shows its default when left empty; hover or focus a field
        for its doc, default and source.
      </p>
      <div className="editor-actions">
        <button
          type="button"
          disabled={running || issues.length > 0}
          onClick={() => onRun('quick')}
        >
          Run (quick, ≈ {formatDuration(expectedSeconds(quickSettings(doc.draft)))})
        </button>
        <button type="button" disabled={running || issues.length > 0} onClick={() => onRun('full')}>
          Run as written (≈ {formatDuration(expectedSeconds(doc.draft))})
        </button>
        <button
          type="button"
          onClick={() => {
            // The fields are made anew, so text typed into one that could not be read goes too.
            setResets((n) => n + 1);
            onReset();
          }}
        >
          Reset to preset
        </button>
        <button type="button" disabled={typed.size > 0} onClick={onSave}>
          Save scenario…
        </button>
      </div>
      {issues.length > 0 && (
        <div className="error" role="alert" data-testid="editor-issues">
          <p>{appMessage.draftInvalid(issues.length)}</p>
          <ul>
            {issues.slice(0, 5).map((i) => (
              <li key={`${i.path}:${i.message}`}>
                {i.path || 'scenario'}: {i.message}
              </li>
            ))}
          </ul>
          {topIssues.length > 0 && <p>{topIssues[0]!.message}</p>}
        </div>
      )}
      <ScenarioEditor
        key={resets}
        tree={scenarioTree()}
        draft={doc.draft}
        issues={issues}
        onChange={(path, value) => onChange(withValueAt(doc.draft, path, value))}
        onLocalIssue={onLocalIssue}
      />
    </section>
  );
}
