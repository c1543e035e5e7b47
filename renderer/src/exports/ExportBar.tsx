/** The Results screen's export buttons. */
import { useState } from 'react';
import { useDesktopApi } from '../DesktopApiContext';
import type { CompletedRun } from '../engine/runTypes';
import { exportRun, type RunExport } from './runExports';

const BUTTONS: { kind: RunExport; label: string }[] = [
  { kind: 'funnel', label: 'Funnel CSV' },
  { kind: 'pairs', label: 'Pairs CSV' },
  { kind: 'manifest', label: 'Run manifest JSON' },
  { kind: 'reportHtml', label: 'Report (HTML)' },
  { kind: 'reportPdf', label: 'Report (PDF)' },
];

export function ExportBar({ run }: { run: CompletedRun }) {
  const api = useDesktopApi();
  const [status, setStatus] = useState('');
  const buttons = api.platform === 'web' ? BUTTONS.filter((b) => b.kind !== 'reportPdf') : BUTTONS;
  return (
    <div className="export-bar" role="group" aria-label="Export this run">
      {buttons.map((b) => (
        <button
          key={b.kind}
          type="button"
          onClick={() => void exportRun(api, run, b.kind).then(setStatus)}
        >
          {b.label}
        </button>
      ))}
      <span role="status" data-testid="export-status">
        {status}
      </span>
    </div>
  );
}
