/**
 * The one-page report of a run, as a standalone HTML document (no scripts, no external
 * resources): the headline, the funnel, the breakdowns, and every parameter, the seed, the
 * version and the data sources, so a reader can reproduce and cite it.
 */
import type {
  BreakdownRow,
  CalibrationTarget,
  Estimate,
} from '../../../src/matching/pipeline/ReplayResult';
import { CALIBRATION_TARGETS } from '../../../src/matching/scenario/calibrationTargets';
import type { RunManifest } from '../engine/runTypes';
import { formatCount, formatEstimate, formatShare } from '../format';
import { flattenParameters } from './flattenParameters';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cells = (values: readonly string[], tag = 'td') =>
  values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${cells(r)}</tr>`)
    .join('')}</tbody></table>`;
}

const est = (e: Estimate) => formatEstimate(e);

function breakdown(caption: string, rows: readonly BreakdownRow[]): string {
  return table(
    caption,
    [
      'group',
      'listed',
      'disclosed',
      'disclosed, wrong person',
      'updated',
      'wrong doors',
      'people behind wrong doors',
    ],
    rows.map((r) => [
      r.label,
      est(r.listed),
      est(r.disclosed),
      est(r.wrongDisclosed),
      est(r.updated),
      est(r.wrongDoors),
      est(r.peopleBehindWrongDoors),
    ]),
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;font-size:10pt;max-width:60rem;margin:1.5rem auto;color:#000}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.2rem}table{border-collapse:collapse;margin:.5rem 0;width:100%}
th,td{border:1px solid #999;padding:.15rem .4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600}
.headline{font-size:1.15rem;font-weight:600}.settings{border-left:4px solid #000;padding-left:.5rem}code{font-size:.9em;word-break:break-all}`;

const isShare = (c: CalibrationTarget) =>
  CALIBRATION_TARGETS.find((t) => t.target === c.target)?.kind === 'share';

/** A calibration target as people read it: its label, and a share as a percentage. */
function calibrationRow(c: CalibrationTarget): string[] {
  const spec = CALIBRATION_TARGETS.find((t) => t.target === c.target);
  if (spec?.kind === 'share')
    return [
      spec.label,
      formatShare(c.published),
      `${formatShare(c.simulated.mean)}${c.simulated.values.length > 1 ? ` (90 % interval ${formatShare(c.simulated.low)}–${formatShare(c.simulated.high)})` : ''}`,
    ];
  return [spec?.label ?? c.target, formatCount(c.published), est(c.simulated)];
}

/**
 * `settingsNote`: how the run's settings differ from the scenario's; `regional`: whether the run
 * models one region of a national scenario, whose counts are the region's, not the nation's.
 */
export function reportHtml(
  manifest: RunManifest,
  title: string,
  settingsNote: string | null = null,
  regional = false,
): string {
  const r = manifest.results;
  const parameters = flattenParameters(manifest.scenario);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`Namesake report: ${title}`)}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeHtml(`Namesake report: ${title}`)}</h1>
<p class="headline">${escapeHtml(r.headline.sentence)}</p>
${settingsNote ? `<p class="settings">${escapeHtml(settingsNote)}</p>\n` : ''}<p>${escapeHtml(r.scale.statement)} ${r.replicates} replicate(s). Intervals are 90 % (5th–95th percentile over replicates).</p>
${table(
  'Run',
  ['what', 'value'],
  [
    ['Namesake version', manifest.version],
    ['Scenario', manifest.source],
    ['Seed', String(manifest.seed)],
    ['Replicates', String(manifest.replicates)],
    ['Complete', manifest.complete ? 'yes' : `no: ${manifest.note ?? ''}`],
    ['Run at', manifest.createdAt],
    [
      'Run time',
      `${manifest.timings.totalSeconds.toFixed(1)} s on ${manifest.threads} thread(s)${manifest.timings.populationPassesReused ? ' (the population pass reused from an earlier run with the same population settings)' : ''}`,
    ],
  ],
)}
<h2>Funnel</h2>
${table(
  'Records at each step',
  ['step', 'records', 'the listed person', 'someone else', 'published'],
  r.funnel.map((s) => [
    s.label,
    est(s.count),
    est(s.right),
    est(s.wrong),
    s.published === null ? '–' : formatCount(s.published),
  ]),
)}
${table(
  regional
    ? 'Calibration against published shares (the published counts are national: a region’s counts cannot be set beside them, so only the shares are compared)'
    : 'Calibration against published figures',
  ['target', 'published', 'simulated'],
  (regional ? r.calibration.filter(isShare) : r.calibration).map(calibrationRow),
)}
<h2>Breakdowns</h2>
${breakdown('By community', r.byCommunity)}
${breakdown('By kind of home', r.byHomeKind)}
<h2>Every parameter</h2>
${table(
  `${parameters.length} parameters of the scenario, defaults filled in`,
  ['parameter', 'value'],
  parameters.map((p) => [p.path, p.value]),
)}
<h2>Data sources</h2>
${table(
  'Tables in datasets/ and where they come from (datasets/SOURCES.md)',
  ['file', 'from'],
  manifest.dataSources.map((d) => [d.file, d.from]),
)}
</body></html>
`;
}
