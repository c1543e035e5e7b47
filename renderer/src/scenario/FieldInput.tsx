/** One scenario parameter: its label, its input, its doc as a tooltip, and its problem if any. */
import { useEffect, useId, useRef, useState } from 'react';
import { parseJsonText } from '../../../src/matching/io/jsonText';
import type { SchemaField } from './schemaFields';

export interface FieldInputProps {
  field: SchemaField;
  value: unknown;
  issue: string | undefined;
  onChange: (value: unknown) => void;
  /**
   * Told when the text typed cannot become a value (it is kept in the field, the draft keeps
   * the last good value), and when that is no longer so: the editor lists it and will not run.
   */
  onLocalIssue?: (issue: string | null) => void;
}

/** A number as people write it: 1280000, 1,280,000, 1_280_000, 0.25, 1e6. */
export function parseNumberText(raw: string): number {
  const text = raw.trim();
  const grouped = /^-?\d{1,3}([,_]\d{3})+(\.\d+)?$/.test(text) ? text.replace(/[,_]/g, '') : text;
  return /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(grouped) ? Number(grouped) : NaN;
}

const show = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export function FieldInput({ field, value, issue, onChange, onLocalIssue }: FieldInputProps) {
  const id = useId();
  const docId = `${id}-doc`;
  const issueId = `${id}-issue`;
  const [text, setText] = useState(show(value));
  const [localIssue, setLocalIssue] = useState<string | null>(null);
  useEffect(() => {
    setText(show(value));
    setLocalIssue(null);
  }, [value]);
  // Reported when it changes (the editor's callback may be a new function each render), and
  // withdrawn when the field goes (another scenario opened).
  // Only a change is reported: the editor has hundreds of fields, and a report from each on
  // mount would re-render it as many times.
  const report = useRef(onLocalIssue);
  report.current = onLocalIssue;
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (localIssue === reported.current) return;
    reported.current = localIssue;
    report.current?.(localIssue);
  }, [localIssue]);
  useEffect(
    () => () => {
      if (reported.current !== null) report.current?.(null);
    },
    [],
  );

  const described = [docId, issue || localIssue ? issueId : null].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-describedby': described,
    'aria-invalid': issue || localIssue ? true : undefined,
    'data-path': field.path.join('.'),
  } as const;

  function commitText(raw: string) {
    setText(raw);
    if (raw.trim() === '') {
      setLocalIssue(null);
      onChange(undefined);
      return;
    }
    if (field.widget === 'number' || field.widget === 'integer') {
      const n = parseNumberText(raw);
      if (!Number.isFinite(n)) {
        setLocalIssue(`"${raw}" is not a number (write it as 1280000, 1,280,000 or 0.25)`);
        return;
      }
      setLocalIssue(null);
      onChange(n);
      return;
    }
    if (field.widget === 'json') {
      const parsed = parseJsonText(raw);
      if (!parsed.ok) {
        setLocalIssue(`not valid JSON: ${parsed.problem}`);
        return;
      }
      setLocalIssue(null);
      onChange(parsed.value);
      return;
    }
    setLocalIssue(null);
    onChange(raw);
  }

  let input;
  switch (field.widget) {
    case 'boolean':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === undefined ? field.defaultValue === true : value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
      break;
    case 'enum':
      input = (
        <select
          {...common}
          value={show(value ?? field.defaultValue)}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {field.options!.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
      break;
    case 'json':
      input = (
        <textarea
          {...common}
          rows={2}
          value={text}
          placeholder={show(field.defaultValue)}
          onChange={(e) => commitText(e.currentTarget.value)}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          type="text"
          inputMode={field.widget === 'string' ? 'text' : 'decimal'}
          value={text}
          placeholder={show(field.defaultValue)}
          onChange={(e) => commitText(e.currentTarget.value)}
        />
      );
  }

  const problem = localIssue ?? issue;
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{field.title}</label>
      {input}
      <span id={docId} role="tooltip" className="tooltip">
        {field.description || 'No description.'}{' '}
        {field.defaultValue !== undefined && !/Default/.test(field.description)
          ? `Default: ${show(field.defaultValue)}.`
          : ''}
      </span>
      {problem && (
        <span id={issueId} className="field-issue" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
