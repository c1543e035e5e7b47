/**
 * The values of a user's file that could not be read. A row with such a value is kept with
 * that field missing; reading fails only when too many rows have one (a wrong mapping or date
 * format, most likely), or, by default, when a row has no name to link on.
 */
import { engineError } from '../messages';

export interface ProblemPolicy {
  /**
   * The largest share of rows that may hold a value that cannot be read; more stops reading
   * with an error. __Default value:__ 0.1.
   */
  maxProblemShare: number;
  /**
   * What a row without a given name or surname does: `error` stops reading at that row,
   * `problem` keeps it (name missing) and counts it as a problem row. __Default value:__ error.
   */
  missingNames: 'error' | 'problem';
}

export const DEFAULT_PROBLEM_POLICY: ProblemPolicy = Object.freeze({
  maxProblemShare: 0.1,
  missingNames: 'error',
});

/** Problem texts kept for the summary; the rest are only counted. */
export const MAX_PROBLEM_EXAMPLES = 20;

export class RowProblems {
  /** Rows with at least one problem. */
  rows = 0;
  /** Problems per column (a row-level problem counts under "(row)"). */
  readonly byColumn: Record<string, number> = {};
  /** The first MAX_PROBLEM_EXAMPLES problems, as users read them. */
  readonly examples: string[] = [];
  /** The column of the first problem ("(row)" for a row's shape), or null before any. */
  firstColumn: string | null = null;
  private inRow = false;

  note(column: string, text: string): void {
    this.firstColumn ??= column;
    this.byColumn[column] = (this.byColumn[column] ?? 0) + 1;
    if (this.examples.length < MAX_PROBLEM_EXAMPLES) this.examples.push(text);
    this.inRow = true;
  }

  /** Closes the current row. */
  endRow(): void {
    if (this.inRow) this.rows++;
    this.inRow = false;
  }

  /**
   * Throws when more than the policy's share of `dataRows` had a problem; `hint` says what to
   * check for the first problem's column (a wrong date format, say).
   */
  check(
    file: string,
    dataRows: number,
    policy: ProblemPolicy,
    hint: (column: string) => string = () => 'the mapping',
  ): void {
    if (dataRows > 0 && this.rows / dataRows > policy.maxProblemShare)
      throw engineError(
        'csvTooManyProblems',
        file,
        this.rows,
        dataRows,
        policy.maxProblemShare,
        this.examples[0] ?? '',
        hint(this.firstColumn ?? ''),
      );
  }
}
