/** What linking the user's files found: records read, problems, pairs, and — with a truth column — how many are wrong. */
import type { Ref } from 'react';
import { formatCount, formatShare } from '../format';
import type { CsvLinkReport } from './csvLinkTypes';

export function LinkReportView({
  report,
  headingRef,
}: {
  report: CsvLinkReport;
  /** Focused when the report arrives, so keyboard and screen-reader users land on it. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const nothingDeclared = report.declared === 0;
  return (
    <div data-testid="import-report">
      <h2 ref={headingRef} tabIndex={-1}>
        {report.mode === 'link' ? 'Linked' : 'Deduplicated'}
      </h2>
      {report.summaries.map((s) => (
        <p key={s.file}>
          {s.file}: {formatCount(s.records)} records
          {s.problemRows > 0
            ? `, ${formatCount(s.problemRows)} ${s.problemRows === 1 ? 'row' : 'rows'} with a value that could not be read, kept without it (first, numbering rows as a spreadsheet does, the header being row 1: ${s.problems[0] ?? ''})`
            : ''}
          .
        </p>
      ))}
      <p>
        Rules: {report.rules.join('; ')}. {formatCount(report.candidates)} candidate pairs,{' '}
        {formatCount(report.declared)} declared matches, in {report.seconds.toFixed(1)} s.
      </p>
      {report.metrics ? (
        <table className="data-table">
          <caption>Against the truth column</caption>
          <tbody>
            <tr>
              <th scope="row">Declared matches that are the same person</th>
              <td>{formatCount(report.metrics.truePositives)}</td>
            </tr>
            <tr>
              <th scope="row">Declared matches that are someone else</th>
              <td data-testid="import-false-matches">
                {formatCount(report.metrics.falsePositives)}
              </td>
            </tr>
            <tr>
              <th scope="row">Missed matches</th>
              <td>{formatCount(report.metrics.falseNegatives)}</td>
            </tr>
            <tr>
              <th scope="row">Precision</th>
              <td>
                {nothingDeclared ? 'n/a (nothing declared)' : formatShare(report.metrics.precision)}
              </td>
            </tr>
            <tr>
              <th scope="row">Recall</th>
              <td>
                {report.metrics.truePositives + report.metrics.falseNegatives === 0
                  ? 'n/a (no true matches)'
                  : formatShare(report.metrics.recall)}
              </td>
            </tr>
            <tr>
              <th scope="row">Wrong share of declared matches</th>
              <td>
                {nothingDeclared
                  ? 'n/a (nothing declared)'
                  : formatShare(report.metrics.falseDiscoveryRate)}
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p>{report.note}</p>
      )}
    </div>
  );
}
