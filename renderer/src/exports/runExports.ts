/**
 * The exports of a run, shared by the Results screen's buttons and the desktop's File menu:
 * funnel and pairs as CSV, the run manifest as JSON, the one-page report as HTML or PDF.
 */
import type { DesktopApi } from '../desktopApi';
import type { CompletedRun } from '../engine/runTypes';
import { reportHtml } from '../report/reportHtml';
import { funnelCsv } from '../../../src/matching/report/funnelCsv';
import { saveAs } from './saveText';

export const RUN_EXPORTS = ['funnel', 'pairs', 'manifest', 'reportHtml', 'reportPdf'] as const;
export type RunExport = (typeof RUN_EXPORTS)[number];

/** "irs-ice-2025" → "irs-ice-2025"; "My file.json" → "My-file". */
export function exportBaseName(run: CompletedRun): string {
  return run.manifest.source.replace(/\.json$/i, '').replace(/[^\w.-]+/g, '-');
}

export function exportFileName(run: CompletedRun, kind: RunExport): string {
  const base = exportBaseName(run);
  const suffix = {
    funnel: 'funnel.csv',
    pairs: 'pairs.csv',
    manifest: 'manifest.json',
    reportHtml: 'report.html',
    reportPdf: 'report.pdf',
  }[kind];
  return `${base}-${suffix}`;
}

/** Saves one export; returns a status line for the screen. */
export async function exportRun(
  api: DesktopApi,
  run: CompletedRun,
  kind: RunExport,
): Promise<string> {
  const name = exportFileName(run, kind);
  try {
    let where: string | null;
    switch (kind) {
      case 'funnel':
        where = await saveAs(api, 'csv', name, funnelCsv(run.result.funnel));
        break;
      case 'pairs':
        where = await saveAs(api, 'csv', name, run.pairsCsv);
        break;
      case 'manifest':
        where = await saveAs(api, 'json', name, `${JSON.stringify(run.manifest, null, 2)}\n`);
        break;
      case 'reportHtml':
        where = await saveAs(
          api,
          'html',
          name,
          reportHtml(run.manifest, run.scenarioTitle, run.settingsNote, run.regional),
        );
        break;
      case 'reportPdf': {
        const pdf = await api.printToPdf(
          reportHtml(run.manifest, run.scenarioTitle, run.settingsNote, run.regional),
        );
        if (pdf === null)
          return 'This platform cannot make a PDF: save the HTML report and print it from the browser.';
        where = await saveAs(api, 'pdf', name, pdf);
        break;
      }
    }
    return where ? `Saved ${where}` : 'Not saved.';
  } catch (error) {
    return `Could not save ${name}: ${(error as Error).message}`;
  }
}
