/** Which column of one CSV file holds each field, as `namesake link-csv --map` takes it. */
import { useId } from 'react';
import {
  DOB_FORMATS,
  MAPPED_FIELDS,
  type MappedField,
} from '../../../src/matching/io/columnMapping';

export type MappingDraft = Partial<Record<MappedField, string>> & { dobFormat?: string };

export const FIELD_LABELS: Record<MappedField, string> = {
  given: 'Given name',
  surname: 'Surname',
  middle: 'Middle name',
  fullName: 'Full name (instead of given + surname)',
  dob: 'Date of birth',
  address: 'Street address',
  unit: 'Unit / apartment',
  zip: 'ZIP code',
  tin: 'SSN / ITIN',
  truth: 'Truth (same value = same person)',
};

export function ColumnMappingForm({
  file,
  headers,
  preview,
  mapping,
  problem,
  onChange,
}: {
  file: string;
  headers: readonly string[];
  preview: readonly string[][];
  mapping: MappingDraft;
  problem: string | null;
  onChange: (mapping: MappingDraft) => void;
}) {
  const id = useId();
  const set = (field: keyof MappingDraft, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = value;
    onChange(next);
  };
  return (
    <fieldset className="mapping" data-testid={`mapping-${file}`}>
      <legend>Columns of {file}</legend>
      <div className="mapping-grid">
        {MAPPED_FIELDS.map((field) => (
          <div key={field} className="field">
            <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => set(field, e.currentTarget.value)}
            >
              <option value="">(none)</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-dobFormat`}>Date format</label>
          <select
            id={`${id}-dobFormat`}
            value={mapping.dobFormat ?? 'YYYY-MM-DD'}
            onChange={(e) => set('dobFormat', e.currentTarget.value)}
          >
            {DOB_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problem && (
        <p className="field-issue" role="alert">
          {problem}
        </p>
      )}
      <table className="data-table preview">
        <caption>First rows of {file}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row, r) => (
            <tr key={r}>
              {headers.map((h, c) => (
                <td key={h}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
