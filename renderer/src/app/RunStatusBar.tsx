/** Where the run is: a progress bar with its stage and time left, and Cancel. */
import { formatShare } from '../format';
import { appMessage } from '../messages';
import type { RunStatus } from './useReplayRunner';

function eta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating time left…';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

export function RunStatusBar({ status, onCancel }: { status: RunStatus; onCancel: () => void }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'failed')
    return (
      <div className="run-status run-failed" role="alert" data-testid="run-error">
        {status.message}
      </div>
    );
  if (status.kind === 'cancelled')
    return (
      <div className="run-status" role="status" data-testid="run-cancelled">
        {appMessage.runCancelled()}
      </div>
    );
  const p = status.progress;
  return (
    <div className="run-status" role="status" aria-live="polite" data-testid="run-progress">
      <label>
        Running {status.title}:{' '}
        {p
          ? `${p.label}${p.replicates > 1 ? ` (replicate ${p.replicate + 1} of ${p.replicates})` : ''}`
          : 'starting the engine…'}{' '}
        <progress
          max={1}
          value={p?.fraction ?? 0}
          aria-valuetext={p ? formatShare(p.fraction, 0) : 'starting'}
        />
      </label>{' '}
      <span>{p ? `${formatShare(p.fraction, 0)}, ${eta(p.etaSeconds)}` : ''}</span>{' '}
      <button type="button" onClick={onCancel}>
        Cancel run
      </button>
    </div>
  );
}
