// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvLinkReport, CsvLinkRequest } from '../../../renderer/src/importing/csvLinkTypes';
import { ImportScreen } from '../../../renderer/src/importing/ImportScreen';
import { fakeEngine } from '../fixtures/fakeEngine';

afterEach(cleanup);

const report: CsvLinkReport = {
  mode: 'dedupe',
  summaries: [],
  rules: ['TIN + name control', 'exact name + DOB'],
  candidates: 10,
  declared: 3,
  metrics: {
    truePositives: 2,
    falsePositives: 1,
    falseNegatives: 0,
    trueNegatives: 40,
    declared: 3,
    precision: 2 / 3,
    recall: 1,
    f1: 0.8,
    falseDiscoveryRate: 1 / 3,
  },
  note: null,
  seconds: 0.1,
};

function setup() {
  const engine = fakeEngine();
  const requests: CsvLinkRequest[] = [];
  engine.previewCsv = () =>
    Promise.resolve({
      headers: ['person_id', 'first_name', 'last_name', 'birth_date'],
      rows: [['P1', 'Min-jun', 'Kim', '1990-03-15']],
    });
  engine.linkCsv = (request) => {
    requests.push(request);
    return Promise.resolve(report);
  };
  const file = new File(['person_id,first_name,last_name,birth_date\n'], 'people.csv', {
    type: 'text/csv',
  });
  render(<ImportScreen engine={engine} initialFiles={[file]} />);
  return { requests };
}

describe('ImportScreen', () => {
  it('guesses the mapping from the header, links, and reports the wrong matches against the truth', async () => {
    const { requests } = setup();
    const mapping = await screen.findByTestId('mapping-people.csv');
    expect((within(mapping).getByLabelText('Given name') as HTMLSelectElement).value).toBe(
      'first_name',
    );
    expect(
      (within(mapping).getByLabelText('Truth (same value = same person)') as HTMLSelectElement)
        .value,
    ).toBe('person_id');
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates in people.csv' }));
    expect((await screen.findByTestId('import-false-matches')).textContent).toBe('1');
    expect(requests[0]!.leftMapping).toEqual({
      given: 'first_name',
      surname: 'last_name',
      dob: 'birth_date',
      truth: 'person_id',
    });
    expect(requests[0]!.rules).toEqual(['tin-name-control', 'exact-name-dob']);
  });

  it('shows the engine’s message for a mapping that misses a name, and will not link', async () => {
    setup();
    const mapping = await screen.findByTestId('mapping-people.csv');
    fireEvent.change(within(mapping).getByLabelText('Surname'), { target: { value: '' } });
    expect(within(mapping).getByRole('alert').textContent).toBe(
      'column mapping people.csv, surname: required (or map "fullName" instead of "given" and "surname")',
    );
    expect(
      (screen.getByRole('button', { name: 'Find duplicates in people.csv' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});
