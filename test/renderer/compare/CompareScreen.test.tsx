// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareScreen } from '../../../renderer/src/compare/CompareScreen';
import { DesktopApiContext } from '../../../renderer/src/DesktopApiContext';
import { completedRunFixture } from '../fixtures/completedRun';
import { recordingDesktopApi } from '../fixtures/fakeDesktopApi';

afterEach(cleanup);

describe('CompareScreen', () => {
  it('puts one run at two thresholds side by side, with the difference', () => {
    const run = completedRunFixture(1);
    render(
      <DesktopApiContext.Provider value={recordingDesktopApi()}>
        <CompareScreen runs={[run]} />
      </DesktopApiContext.Provider>,
    );
    const row = () =>
      within(screen.getByTestId('compare-table'))
        .getByText('ICE cross-reference: wrong doors at the chosen threshold')
        .closest('tr')!;
    const cells = () => [...row().querySelectorAll('td')].map((td) => td.textContent);
    expect(cells()[2]).toBe('±0');
    const sliderB = within(screen.getByTestId('compare-side-B')).getByRole('slider');
    fireEvent.change(sliderB, { target: { value: '0.9' } });
    expect(cells()[0]).not.toBe(cells()[1]);
    expect(cells()[2]).toMatch(/^\+/);
  });
});
