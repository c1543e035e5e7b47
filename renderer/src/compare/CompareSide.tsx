/** One side of a comparison: which run, and which threshold for each of its panels. */
import { useId } from 'react';
import type { CompletedRun } from '../engine/runTypes';
import { formatScore } from '../format';

export interface SideChoice {
  runId: number | null;
  /** Threshold per panel stage; a stage left out uses the scenario's own. */
  thresholds: Record<string, number>;
}

export function CompareSide({
  label,
  runs,
  choice,
  onChange,
}: {
  label: string;
  runs: readonly CompletedRun[];
  choice: SideChoice;
  onChange: (choice: SideChoice) => void;
}) {
  const id = useId();
  const run = runs.find((r) => r.id === choice.runId) ?? null;
  return (
    <fieldset className="compare-side" data-testid={`compare-side-${label}`}>
      <legend>Run {label}</legend>
      <label htmlFor={`${id}-run`}>Run</label>
      <select
        id={`${id}-run`}
        value={choice.runId ?? ''}
        onChange={(e) =>
          onChange({
            runId: e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
            thresholds: {},
          })
        }
      >
        <option value="">(choose a run)</option>
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            #{r.id} {r.scenarioTitle} (seed {r.seed})
          </option>
        ))}
      </select>
      {run?.result.thresholds.map((panel) => {
        const value = choice.thresholds[panel.stage] ?? panel.scenarioValue;
        return (
          <div key={panel.stage} className="slider-row">
            <label htmlFor={`${id}-${panel.stage}`}>
              {panel.stage === 'irsNamePath' ? 'IRS name-match' : 'ICE cross-reference'} threshold (
              {panel.score})
            </label>
            <input
              id={`${id}-${panel.stage}`}
              type="range"
              min={panel.min}
              max={panel.max}
              step={panel.step}
              value={value}
              onChange={(e) =>
                onChange({
                  ...choice,
                  thresholds: {
                    ...choice.thresholds,
                    [panel.stage]: Number(e.currentTarget.value),
                  },
                })
              }
            />
            <output>{formatScore(value, panel.step)}</output>
          </div>
        );
      })}
    </fieldset>
  );
}
