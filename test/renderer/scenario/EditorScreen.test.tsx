// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorScreen, type ScenarioDocument } from '../../../renderer/src/scenario/EditorScreen';

afterEach(cleanup);

function Harness() {
  const base = { population: { size: 5000 }, replay: { list: { size: 50 } } };
  const [doc, setDoc] = useState<ScenarioDocument>({
    source: 'test.json',
    title: 'Test',
    base,
    draft: base,
  });
  return (
    <EditorScreen
      doc={doc}
      onChange={(draft) => setDoc({ ...doc, draft })}
      onReset={() => setDoc({ ...doc, draft: doc.base })}
      onSave={() => {}}
      onRun={() => {}}
      running={false}
    />
  );
}

describe('EditorScreen', () => {
  it('lists text that cannot become a value and will not run until it is mended', () => {
    // Queried by selector: the editor holds every parameter, and label or role queries over
    // that many elements take a minute in jsdom.
    const { container } = render(<Harness />);
    const run = container.querySelector('.editor-actions button') as HTMLButtonElement;
    expect(run.textContent).toMatch(/^Run \(quick/);
    expect(run.disabled).toBe(false);
    const size = container.querySelector('[data-path="population.size"]') as HTMLInputElement;
    fireEvent.change(size, { target: { value: '5k people' } });
    expect(screen.getByTestId('editor-issues').textContent).toContain(
      'population.size: "5k people" is not a number',
    );
    expect(run.disabled).toBe(true);
    const save = [...container.querySelectorAll('.editor-actions button')].find(
      (b) => b.textContent === 'Save scenario…',
    ) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(size, { target: { value: '6,000' } });
    expect(screen.queryByTestId('editor-issues')).toBeNull();
    expect(run.disabled).toBe(false);
    expect(save.disabled).toBe(false);
  });

  it('drops text that could not be read when the scenario is reset', () => {
    const { container } = render(<Harness />);
    const field = () =>
      container.querySelector('[data-path="population.size"]') as HTMLInputElement;
    fireEvent.change(field(), { target: { value: 'lots' } });
    expect(screen.getByTestId('editor-issues')).toBeTruthy();
    const reset = [...container.querySelectorAll('.editor-actions button')].find(
      (b) => b.textContent === 'Reset to preset',
    )!;
    fireEvent.click(reset);
    expect(screen.queryByTestId('editor-issues')).toBeNull();
    expect(field().value).toBe('5000');
  });
});
