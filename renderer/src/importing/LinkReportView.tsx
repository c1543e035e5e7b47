/** What linking the user's files found: records read, problems, pairs, and — with a truth column — how many are wrong. */
import { formatCount, formatShare } from '../format';
import type { CsvLinkReport } from './csvLinkTypes';

export function LinkReportView({ report }: { report: CsvLinkReport }) {
  return (
    <div data-testid="import-report" aria-live="polite">
      <h2>{report.mode === 'link' ? 'Linked' : 'Deduplicated'}</h2>
      {report.summaries.map((s) => (
        <p key={s.file}>
          {s.file}: {formatCount(s.records)} records
          {s.problemRows > 0
            ? `, ${formatCount(s.problemRows)} rows with a value that could not be read (first: ${s.problems[0] ?? ''})`
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
              <td>{formatShare(report.metrics.precision)}</td>
            </tr>
            <tr>
              <th scope="row">Recall</th>
              <td>{formatShare(report.metrics.recall)}</td>
            </tr>
            <tr>
              <th scope="row">Wrong share of declared matches</th>
              <td>{formatShare(report.metrics.falseDiscoveryRate)}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p>{report.note}</p>
      )}
    </div>
  );
}
