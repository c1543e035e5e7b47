// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CsvLinkReport, CsvLinkRequest } from '../../../renderer/src/importing/csvLinkTypes';
import { ImportScreen } from '../../../renderer/src/importing/ImportScreen';
import { DesktopApiContext } from '../../../renderer/src/DesktopApiContext';
import { recordingDesktopApi } from '../fixtures/fakeDesktopApi';
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
  pairsCsv: 'left_index,right_index\n0,1\n',
  wrongPairs: [
    {
      left_index: '0',
      right_index: '1',
      left_truth: 'P1',
      right_truth: 'P2',
      true_match: '0',
      score: 'exact name + DOB',
      left_given: 'MIN-JUN',
      left_surname: 'KIM',
      left_dob: '1990-03-15',
      left_zip: '02139',
      right_given: 'MIN-JUN',
      right_surname: 'KIM',
      right_dob: '1990-03-15',
      right_zip: '',
    },
  ],
};

function setup(linked: CsvLinkReport = report) {
  const engine = fakeEngine();
  const requests: CsvLinkRequest[] = [];
  engine.previewCsv = () =>
    Promise.resolve({
      headers: ['person_id', 'first_name', 'last_name', 'birth_date'],
      rows: [['P1', 'Min-jun', 'Kim', '1990-03-15']],
    });
  engine.linkCsv = (request) => {
    requests.push(request);
    return Promise.resolve(linked);
  };
  const file = new File(['person_id,first_name,last_name,birth_date\n'], 'people.csv', {
    type: 'text/csv',
  });
  const api = recordingDesktopApi();
  const view = render(
    <DesktopApiContext.Provider value={api}>
      <ImportScreen engine={engine} initialFiles={[file]} />
    </DesktopApiContext.Provider>,
  );
  return { requests, engine, view, api };
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
    const wrong = screen.getByTestId('import-wrong-pairs');
    expect(within(wrong).getByRole('caption').textContent).toMatch(
      /^The declared match that is someone else/,
    );
    const cells = within(wrong)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      'exact name + DOB',
      'P1 MIN-JUN KIM, born 1990-03-15, ZIP 02139',
      'P2 MIN-JUN KIM, born 1990-03-15',
    ]);
    expect(requests[0]!.leftMapping).toEqual({
      given: 'first_name',
      surname: 'last_name',
      dob: 'birth_date',
      dobFormat: 'YYYY-MM-DD',
      truth: 'person_id',
    });
    expect(requests[0]!.rules).toEqual(['tin-name-control', 'exact-name-dob']);
  });

  it('shows the engine’s message for a mapping that misses a name, and will not link', async () => {
    setup();
    const mapping = await screen.findByTestId('mapping-people.csv');
    fireEvent.change(within(mapping).getByLabelText('Surname'), { target: { value: '' } });
    expect(within(mapping).getByRole('alert').textContent).toBe(
      'Choose the column of "Surname", or one "Full name (instead of given + surname)" column.',
    );
    expect(
      (screen.getByRole('button', { name: 'Find duplicates in people.csv' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('says before linking which ticked rule cannot match with the columns mapped', async () => {
    setup();
    const warnings = await screen.findByTestId('import-warnings');
    expect(warnings.textContent).toBe(
      'Rule "TIN + name control" needs an SSN / ITIN, and no column of people.csv is mapped to one: it cannot declare any match.',
    );
    const mapping = screen.getByTestId('mapping-people.csv');
    fireEvent.change(within(mapping).getByLabelText('Date of birth'), { target: { value: '' } });
    expect(screen.getByTestId('import-warnings').textContent).toContain(
      'Rule "exact name + DOB" needs a date of birth',
    );
  });

  it('reports precision as n/a when nothing is declared, and lands focus on the report', async () => {
    setup({
      ...report,
      candidates: 0,
      declared: 0,
      metrics: {
        ...report.metrics!,
        truePositives: 0,
        falsePositives: 0,
        falseNegatives: 2,
        declared: 0,
        precision: null,
        recall: 0,
        f1: null,
        falseDiscoveryRate: null,
      },
      wrongPairs: [],
    });
    await screen.findByTestId('mapping-people.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates in people.csv' }));
    const heading = await screen.findByRole('heading', { name: 'Deduplicated' });
    const table = screen.getByRole('table', { name: 'Against the truth column' });
    expect(within(table).getByRole('row', { name: /Precision/ }).textContent).toBe(
      'Precisionn/a (nothing declared)',
    );
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('takes a report away when the rules or the mapping change', async () => {
    setup();
    await screen.findByTestId('mapping-people.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates in people.csv' }));
    await screen.findByTestId('import-report');
    fireEvent.click(screen.getByLabelText('TIN + name control'));
    expect(screen.queryByTestId('import-report')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates in people.csv' }));
    await screen.findByTestId('import-report');
    const mapping = screen.getByTestId('mapping-people.csv');
    fireEvent.change(within(mapping).getByLabelText('Truth (same value = same person)'), {
      target: { value: '' },
    });
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('does not leave an earlier file on screen when the next cannot be read', async () => {
    const { engine } = setup();
    await screen.findByTestId('mapping-people.csv');
    engine.previewCsv = () => Promise.reject(new Error('empty.csv is empty'));
    const input = screen.getByLabelText(/CSV files/);
    const empty = new File([''], 'empty.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [empty] } });
    expect((await screen.findByTestId('import-error')).textContent).toBe('empty.csv is empty');
    expect(screen.queryByTestId('mapping-people.csv')).toBeNull();
    expect(screen.queryByRole('button', { name: /Find duplicates/ })).toBeNull();
  });

  it('says so when more than two files are chosen', async () => {
    setup();
    await screen.findByTestId('mapping-people.csv');
    const files = ['a.csv', 'b.csv', 'c.csv'].map((n) => new File(['x\n'], n));
    fireEvent.change(screen.getByLabelText(/CSV files/), { target: { files } });
    expect((await screen.findByTestId('import-notice')).textContent).toBe(
      '3 files were chosen; Import links two at most, so only a.csv and b.csv are loaded.',
    );
    expect(screen.getByRole('button', { name: 'Link a.csv with b.csv' })).toBeTruthy();
  });

  it('saves the declared pairs and the report with its mapping', async () => {
    const { api } = setup();
    await screen.findByTestId('mapping-people.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Find duplicates in people.csv' }));
    await screen.findByTestId('import-report');
    fireEvent.click(screen.getByRole('button', { name: 'Save pairs (CSV)' }));
    await screen.findByText(/^Saved people-pairs\.csv$/);
    const saved = (name: string) => api.saved.find((f) => f.suggestedName === name)?.data;
    expect(saved('people-pairs.csv')).toBe('left_index,right_index\n0,1\n');
    fireEvent.click(screen.getByRole('button', { name: 'Save report (JSON)' }));
    await screen.findByText(/^Saved people-report\.json$/);
    const report = JSON.parse(saved('people-report.json') as string) as Record<string, unknown>;
    expect(report).toMatchObject({
      command: 'import',
      inputs: [{ file: 'people.csv', mapping: { given: 'first_name', dob: 'birth_date' } }],
      declared: 3,
      metrics: { falsePositives: 1 },
    });
    expect(report).not.toHaveProperty('pairsCsv');
  });
});
