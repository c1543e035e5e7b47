/** The results of one run: headline, funnel, breakdowns, threshold panels, wrong-match examples, exports. */
import type { CompletedRun } from '../engine/runTypes';
import { ExportBar } from '../exports/ExportBar';
import { BreakdownView } from './BreakdownView';
import { ExampleView } from './ExampleView';
import { FunnelView } from './FunnelView';
import { HeadlineView } from './HeadlineView';
import { ThresholdPanelView } from './ThresholdPanelView';

export function ResultsScreen({ run }: { run: CompletedRun | null }) {
  if (!run)
    return (
      <section aria-labelledby="results-title">
        <h1 id="results-title">Results</h1>
        <p>No run yet: open a preset on the Start screen and press Run.</p>
      </section>
    );
  const { result } = run;
  return (
    <section aria-labelledby="results-title" className="results">
      <h1 id="results-title">Results: {run.scenarioTitle}</h1>
      <p className="note">
        Seed {run.seed}, {run.manifest.replicates} replicate
        {run.manifest.replicates === 1 ? '' : 's'}, version {run.manifest.version},{' '}
        {run.manifest.timings.totalSeconds.toFixed(1)} s on {run.manifest.threads} thread
        {run.manifest.threads === 1 ? '' : 's'}
        {run.manifest.timings.populationPassesReused
          ? ' (the population pass reused from an earlier run with the same population settings)'
          : ''}
        .
      </p>
      {run.settingsNote && (
        <p className="note" data-testid="settings-note">
          {run.settingsNote}
        </p>
      )}
      {!result.run.complete && (
        <p className="error" role="alert">
          This run stopped early: {result.run.note}
        </p>
      )}
      <HeadlineView result={result} />
      <ExportBar run={run} />
      <FunnelView funnel={result.funnel} />
      <BreakdownView id="by-community" title="By community" rows={result.byCommunity} />
      <BreakdownView id="by-home-kind" title="By kind of home" rows={result.byHomeKind} />
      <section aria-labelledby="thresholds-heading">
        <h2 id="thresholds-heading">Thresholds</h2>
        <p>
          Move a slider to re-count every number at another threshold, from the score histograms
          kept by the run (nothing is matched again).
        </p>
        {result.thresholds.map((panel) => (
          <ThresholdPanelView key={panel.stage} panel={panel} scaleFactor={result.scale.factor} />
        ))}
      </section>
      <section aria-labelledby="examples-heading">
        <h2 id="examples-heading">Wrong matches, explained</h2>
        {result.examples.length === 0 && <p>This run kept no wrong-match examples.</p>}
        {result.examples.map((example, i) => (
          <ExampleView key={i} example={example} index={i} />
        ))}
      </section>
    </section>
  );
}
