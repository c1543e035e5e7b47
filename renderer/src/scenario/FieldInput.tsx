/** One scenario parameter: its label, its input, its doc as a tooltip, and its problem if any. */
import { useEffect, useId, useState } from 'react';
import type { SchemaField } from './schemaFields';

export interface FieldInputProps {
  field: SchemaField;
  value: unknown;
  issue: string | undefined;
  onChange: (value: unknown) => void;
}

const show = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

export function FieldInput({ field, value, issue, onChange }: FieldInputProps) {
  const id = useId();
  const docId = `${id}-doc`;
  const issueId = `${id}-issue`;
  const [text, setText] = useState(show(value));
  const [localIssue, setLocalIssue] = useState<string | null>(null);
  useEffect(() => {
    setText(show(value));
    setLocalIssue(null);
  }, [value]);

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
      const n = Number(raw);
      if (!Number.isFinite(n)) {
        setLocalIssue(`"${raw}" is not a number`);
        return;
      }
      setLocalIssue(null);
      onChange(n);
      return;
    }
    if (field.widget === 'json') {
      try {
        setLocalIssue(null);
        onChange(JSON.parse(raw));
      } catch {
        setLocalIssue('not valid JSON');
      }
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
