// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DesktopApiContext } from '../../../renderer/src/DesktopApiContext';
import { ResultsScreen } from '../../../renderer/src/results/ResultsScreen';
import { completedRunFixture } from '../fixtures/completedRun';
import { recordingDesktopApi } from '../fixtures/fakeDesktopApi';

afterEach(cleanup);

function renderResults() {
  const api = recordingDesktopApi();
  render(
    <DesktopApiContext.Provider value={api}>
      <ResultsScreen run={completedRunFixture()} />
    </DesktopApiContext.Provider>,
  );
  return api;
}

describe('ResultsScreen', () => {
  it('shows the headline sentence with its interval and the funnel with its true/false split', () => {
    renderResults();
    expect(screen.getByTestId('headline').textContent).toMatch(/about 6,200 \(19 %; 90 % interval/);
    const funnel = screen.getByTestId('funnel-table');
    expect(within(funnel).getAllByRole('row')).toHaveLength(1 + 7);
    expect(within(funnel).getByText('47,289')).toBeTruthy();
    expect(screen.getByTestId('chart-funnel').querySelector('svg')).not.toBeNull();
  });

  it('re-counts the threshold panel when the slider moves', () => {
    renderResults();
    const slider = screen.getByTestId('threshold-iceCrossReference-slider');
    const wrongDoors = () =>
      screen.getByTestId('threshold-iceCrossReference-wrong-doors').textContent;
    const before = wrongDoors();
    fireEvent.change(slider, { target: { value: '0.8' } });
    expect(screen.getByTestId('threshold-iceCrossReference-value').textContent).toBe('0.80');
    expect(wrongDoors()).not.toBe(before);
  });

  it('explains a wrong match and counts the namesakes', () => {
    renderResults();
    expect(screen.getByTestId('namesakes').textContent).toContain(
      'About 41 other people in the population are expected to share this name and birth year',
    );
    expect(screen.getByText('householder')).toBeTruthy();
  });

  it('saves the funnel as CSV', async () => {
    const api = renderResults();
    fireEvent.click(screen.getByRole('button', { name: 'Funnel CSV' }));
    await screen.findByText(/Saved irs-ice-2025-funnel.csv/);
    const csv = api.saved[0]!.data as string;
    expect(csv.split('\n')[0]).toMatch(/^step,label,count/);
    expect(csv).toContain('disclosed,Step disclosed,47289');
  });
});
