// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { PopulationConfigSchema } from '../../../src/matching/population/config';
import { parseNumberText } from '../../../renderer/src/scenario/FieldInput';
import { ScenarioEditor } from '../../../renderer/src/scenario/ScenarioEditor';
import {
  schemaTree,
  withValueAt,
  type JsonSchema,
  type SchemaGroup,
} from '../../../renderer/src/scenario/schemaFields';
import { zodIssues } from '../../../renderer/src/scenario/validateDraft';

afterEach(cleanup);

const Schema = z.object({
  population: PopulationConfigSchema.default(PopulationConfigSchema.parse({})).meta({
    title: 'Population',
  }),
});
const tree = schemaTree(z.toJSONSchema(Schema, { io: 'input' }) as JsonSchema) as SchemaGroup;

function Harness() {
  const [draft, setDraft] = useState<Record<string, unknown>>({ population: { size: 5000 } });
  return (
    <ScenarioEditor
      tree={tree}
      draft={draft}
      issues={zodIssues(Schema, draft)}
      onChange={(path, value) => setDraft(withValueAt(draft, path, value))}
    />
  );
}

describe('ScenarioEditor', () => {
  it('groups parameters by stage, with each doc (default and source) as the field’s description', () => {
    render(<Harness />);
    expect(screen.getByText('Population')).toBeTruthy();
    const size = screen.getByLabelText('Size') as HTMLInputElement;
    expect(size.value).toBe('5000');
    const doc = document.getElementById(size.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(doc.getAttribute('role')).toBe('tooltip');
    expect(doc.textContent).toMatch(/Default: 1,000,000/);
    const seed = screen.getByLabelText('Seed') as HTMLInputElement;
    expect(seed.placeholder).toBe('1');
  });

  it('shows a problem next to its field, and clears it when fixed', () => {
    render(<Harness />);
    const size = screen.getByLabelText('Size') as HTMLInputElement;
    fireEvent.change(size, { target: { value: '-3' } });
    expect(size.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('must be at least 1, got -3');
    fireEvent.change(size, { target: { value: '12' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses text that is not a number without changing the draft', () => {
    render(<Harness />);
    const size = screen.getByLabelText('Size') as HTMLInputElement;
    fireEvent.change(size, { target: { value: 'ten' } });
    expect(screen.getByRole('alert').textContent).toBe(
      '"ten" is not a number (write it as 1280000, 1,280,000 or 0.25)',
    );
  });

  it('reads numbers written with thousands separators, as the docs write them', () => {
    expect(parseNumberText('1,280,000')).toBe(1_280_000);
    expect(parseNumberText('1_280_000')).toBe(1_280_000);
    expect(parseNumberText(' 0.25 ')).toBe(0.25);
    expect(parseNumberText('1e6')).toBe(1e6);
    expect(parseNumberText('1,5')).toBeNaN();
    expect(parseNumberText('12,34,567')).toBeNaN();
    expect(parseNumberText('0x10')).toBeNaN();
    render(<Harness />);
    const size = screen.getByLabelText('Size') as HTMLInputElement;
    fireEvent.change(size, { target: { value: '1,280,000' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(size.value).toBe('1280000');
  });

  it('offers an enum as a list of its values', () => {
    render(<Harness />);
    const source = screen.getByLabelText('Surname source') as HTMLSelectElement;
    expect([...source.options].map((o) => o.value)).toEqual(['origin', 'usResident']);
  });
});
