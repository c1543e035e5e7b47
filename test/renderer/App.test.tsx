// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import type { Preset } from '../../renderer/src/scenario/presets';
import { recordingDesktopApi } from './fixtures/fakeDesktopApi';
import { fakeEngine } from './fixtures/fakeEngine';

afterEach(cleanup);

const PRESET: Preset = {
  id: 'tiny',
  title: 'Tiny replay',
  summary: 'A small population, for tests.',
  scenario: {
    meta: { title: 'Tiny replay', summary: 'A small population, for tests.' },
    population: { size: 50_000_000 },
  },
};

function renderApp() {
  const api = recordingDesktopApi();
  const engine = fakeEngine();
  render(<App api={api} engine={engine} presets={[PRESET]} />);
  return { api, engine };
}

describe('App', () => {
  it('runs a preset with quick settings, shows progress, then the results', async () => {
    const { engine } = renderApp();
    expect(screen.getByText('A small population, for tests.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Run Tiny replay/ }));
    const quick = engine.scenarios[0] as {
      population: { size: number };
      monteCarlo: { replicates: number };
    };
    expect(quick.population.size).toBeLessThan(50_000_000);
    expect(quick.monteCarlo.replicates).toBe(1);
    act(() =>
      engine.progress({
        stage: 'population',
        label: 'Generating people',
        replicate: 0,
        replicates: 1,
        fraction: 0.5,
        etaSeconds: 3,
      }),
    );
    expect(screen.getByTestId('run-progress').textContent).toMatch(
      /Generating people.*50 %, about 3 s left/,
    );
    await act(async () => engine.finish());
    expect(await screen.findByTestId('headline')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).toBe('true');
    // Focus lands on the results, not on the page body the finished run's button left.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tabpanel')));
  });

  it('cancels a run and says so', async () => {
    const { engine } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: /^Full scale/ }));
    expect((engine.scenarios[0] as { population: { size: number } }).population.size).toBe(
      50_000_000,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    expect(await screen.findByTestId('run-cancelled')).toBeTruthy();
  });

  it('explains what is wrong with a malformed scenario file', async () => {
    const { api } = renderApp();
    api.nextOpen = { name: 'bad.json', path: null, text: '{"population": {"size": "many"}}' };
    fireEvent.click(screen.getByRole('button', { name: 'Open a scenario file…' }));
    const message = await screen.findByTestId('open-error');
    expect(message.textContent).toMatch(
      /^bad\.json is not a valid scenario: scenario population\.size: /,
    );
  });

  it('opens a valid scenario file in the editor', async () => {
    const { api } = renderApp();
    api.nextOpen = { name: 'mine.json', path: null, text: '{"meta": {"title": "Mine"}}' };
    fireEvent.click(screen.getByRole('button', { name: 'Open a scenario file…' }));
    expect(await screen.findByRole('heading', { name: 'Scenario: Mine' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('panel-editor'));
  });
});
