/**
 * Start: the preset gallery (one line each on what it shows), a quick run that finishes in
 * seconds and the full-scale run with its expected duration, opening a scenario file, and a
 * drop zone for a scenario or a CSV file.
 */
import { useState, type DragEvent } from 'react';
import { appMessage } from '../messages';
import type { Preset } from '../scenario/presets';
import {
  expectedSeconds,
  formatDuration,
  quickDifferences,
  quickSettings,
} from '../scenario/runSettings';

export interface StartScreenProps {
  presets: readonly Preset[];
  openError: string | null;
  onEdit: (preset: Preset) => void;
  onRun: (preset: Preset, scale: 'quick' | 'full') => void;
  onOpenFile: () => void;
  onDropScenario: (name: string, text: string) => void;
  onDropCsv: (files: File[]) => void;
  running: boolean;
}

export function StartScreen(props: StartScreenProps) {
  const [dropMessage, setDropMessage] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    const csv = files.filter((f) => /\.(csv|tsv|txt)(\.gz)?$/i.test(f.name));
    const json = files.find((f) => /\.json$/i.test(f.name));
    if (json) {
      setDropMessage(null);
      props.onDropScenario(json.name, await json.text());
    } else if (csv.length > 0) {
      setDropMessage(null);
      props.onDropCsv(csv.slice(0, 2));
    } else if (files[0]) setDropMessage(appMessage.droppedFileKind(files[0].name));
  }

  return (
    <section aria-labelledby="start-title" className="start">
      <h1 id="start-title">Namesake</h1>
      <p className="lede">
        How many “matches” between government files are the wrong person, and whose door the
        resulting “updated address” points to — under assumptions you can read and change.
      </p>
      <h2>Presets</h2>
      <ul className="gallery" aria-label="Preset scenarios">
        {props.presets.map((preset) => {
          const quick = expectedSeconds(quickSettings(preset.scenario));
          const full = expectedSeconds(preset.scenario);
          return (
            <li key={preset.id} className="preset" data-testid={`preset-${preset.id}`}>
              <h3>{preset.title}</h3>
              <p>{preset.summary}</p>
              {quickDifferences(preset.scenario).length > 0 && (
                <p className="note">
                  Quick settings: {quickDifferences(preset.scenario).join('; ')}.
                </p>
              )}
              <div className="preset-actions">
                <button
                  type="button"
                  disabled={props.running}
                  onClick={() => props.onRun(preset, 'quick')}
                >
                  Run {preset.title}{' '}
                  <span className="hint">(quick settings, ≈ {formatDuration(quick)})</span>
                </button>
                <button
                  type="button"
                  disabled={props.running}
                  onClick={() => props.onRun(preset, 'full')}
                >
                  Full scale <span className="hint">(≈ {formatDuration(full)})</span>
                </button>
                <button type="button" onClick={() => props.onEdit(preset)}>
                  Edit parameters
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <h2>Your own files</h2>
      <div className="open-row">
        <button type="button" onClick={props.onOpenFile}>
          Open a scenario file…
        </button>
      </div>
      {props.openError && (
        <p className="error" role="alert" data-testid="open-error">
          {props.openError}
        </p>
      )}
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        Drop a scenario (.json) here to open it, or one or two CSV files to link them on the Import
        screen.
      </div>
      {dropMessage && (
        <p className="error" role="alert">
          {dropMessage}
        </p>
      )}
    </section>
  );
}
