// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DesktopApiContext } from '../../../renderer/src/DesktopApiContext';
import type {
  NameCheckAnswer,
  NameCheckQuery,
} from '../../../renderer/src/namecheck/nameCheckTypes';
import { NameCheckScreen } from '../../../renderer/src/namecheck/NameCheckScreen';
import { recordingDesktopApi } from '../fixtures/fakeDesktopApi';
import { fakeEngine } from '../fixtures/fakeEngine';

afterEach(cleanup);

const answer: NameCheckAnswer = {
  given: 'MIN-JUN',
  surname: 'KIM',
  born: 1990,
  birthDate: null,
  list: { size: 1_280_000, fuseThreshold: 0.6 },
  community: 'korean',
  populationSize: 340_110_988,
  method: 'analytic',
  sharing: {
    givenAndSurname: 1289,
    givenSurnameAndBirthYear: 25.4,
    givenSurnameAndBirthDate: 0.07,
  },
  shares: { surname: 0.2, givenInBirthYear: 0.01, birthYear: 0.013, birthDateInYear: 0.0027 },
  rules: [
    {
      rule: 'exact-name-birth-year',
      label: 'exact name + birth year',
      expectedOthers: 24.4,
      chanceOfWrongMatch: 0.99,
      explanation: 'namesakes born that year',
    },
    {
      rule: 'tin-name-control',
      label: 'TIN + name control (IRS)',
      expectedOthers: 0.001,
      chanceOfWrongMatch: 0.001,
      explanation: 'a wrong TIN',
    },
  ],
  warnings: [],
  notes: ['Birth years follow the age structure.'],
};

/** Renders the screen with `engine`, enters 1990 and asks. */
function checkName(engine: ReturnType<typeof fakeEngine>, birthYear = '1990'): void {
  render(
    <DesktopApiContext.Provider value={recordingDesktopApi()}>
      <NameCheckScreen engine={engine} />
    </DesktopApiContext.Provider>,
  );
  fireEvent.change(screen.getByLabelText('Birth year'), { target: { value: birthYear } });
  fireEvent.click(screen.getByRole('button', { name: 'Check this name' }));
}

describe('NameCheckScreen', () => {
  it('asks the engine and shows how many share the name and each rule’s chance of a wrong match', async () => {
    const engine = fakeEngine();
    const asked: NameCheckQuery[] = [];
    engine.checkName = (query) => {
      asked.push(query);
      return Promise.resolve(answer);
    };
    checkName(engine);
    const sentence = await screen.findByTestId('namecheck-sentence');
    expect(asked).toEqual([{ given: 'Min-jun', surname: 'Kim', born: 1990, community: 'korean' }]);
    expect(sentence.textContent).toMatch(
      /about 25 people are named MIN-JUN KIM and born in 1990 \(1,289 share the name/,
    );
    expect(screen.getByText('99.0 %')).toBeTruthy();
    expect(screen.queryByTestId('namecheck-warning')).toBeNull();
  });

  it('shows a warning about a name the tables do not hold above the answer', async () => {
    const engine = fakeEngine();
    const warning = 'Warning: the given name "MINJUNX" is not in the model\'s given-name tables.';
    engine.checkName = () => Promise.resolve({ ...answer, warnings: [warning] });
    checkName(engine);
    expect((await screen.findByTestId('namecheck-warning')).textContent).toBe(warning);
    expect(screen.getAllByText(warning)).toHaveLength(1);
  });

  it('refuses a birth year out of range without asking the engine', () => {
    const engine = fakeEngine();
    checkName(engine, '1790');
    expect(screen.getByRole('alert').textContent).toBe('Enter a birth year between 1900 and 2025.');
  });
});
