/** What linking the user's files found: records read, problems, pairs, and — with a truth column — how many are wrong. */
import type { Ref } from 'react';
import { formatCount, formatShare } from '../format';
import type { CsvLinkReport, PairRow } from './csvLinkTypes';

/** A rate, or why it is undefined (the engine gives null for 0 ÷ 0). */
const rate = (x: number | null, undefinedBecause: string) =>
  x === null ? `n/a (${undefinedBecause})` : formatShare(x);

/** One record of a pair in words: its truth value, name, date of birth and ZIP. */
function RecordCell({ row, side }: { row: PairRow; side: 'left' | 'right' }) {
  const name = [row[`${side}_given`], row[`${side}_surname`]].filter(Boolean).join(' ');
  const dob = row[`${side}_dob`];
  const zip = row[`${side}_zip`];
  return (
    <td>
      <strong>{row[`${side}_truth`]}</strong> {name || '(no name)'}
      {dob ? `, born ${dob}` : ', no date of birth'}
      {zip ? `, ZIP ${zip}` : ''}
    </td>
  );
}

/** The first declared pairs that are two people, side by side. */
function WrongPairs({ report }: { report: CsvLinkReport }) {
  const total = report.metrics?.falsePositives ?? 0;
  if (report.wrongPairs.length === 0) return null;
  const leftFile = report.summaries[0]?.file ?? 'the first file';
  const rightFile = report.summaries[1]?.file ?? leftFile;
  const shown = report.wrongPairs.length;
  return (
    <table className="data-table" data-testid="import-wrong-pairs">
      <caption>
        {shown < total
          ? `The first ${formatCount(shown)} of ${formatCount(total)} declared matches that are someone else`
          : `The ${total === 1 ? 'declared match that is' : `${formatCount(total)} declared matches that are`} someone else`}{' '}
        (truth value in bold;{' '}
        {report.pairsCsv
          ? 'all pairs are in the saved pairs CSV'
          : 'the command line writes every pair'}
        )
      </caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">{report.mode === 'link' ? leftFile : 'Record'}</th>
          <th scope="col">
            {report.mode === 'link' ? rightFile : `Taken for the same person (${rightFile})`}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.wrongPairs.map((row) => (
          <tr key={`${row.left_index}-${row.right_index}`}>
            <td>{row.score}</td>
            <RecordCell row={row} side="left" />
            <RecordCell row={row} side="right" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LinkReportView({
  report,
  headingRef,
}: {
  report: CsvLinkReport;
  /** Focused when the report arrives, so keyboard and screen-reader users land on it. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
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
              <td>{rate(report.metrics.precision, 'nothing declared')}</td>
            </tr>
            <tr>
              <th scope="row">Recall</th>
              <td>{rate(report.metrics.recall, 'no true matches')}</td>
            </tr>
            <tr>
              <th scope="row">Wrong share of declared matches</th>
              <td>{rate(report.metrics.falseDiscoveryRate, 'nothing declared')}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p>{report.note}</p>
      )}
      <WrongPairs report={report} />
    </div>
  );
}
