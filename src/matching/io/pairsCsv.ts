/**
 * The declared pairs of a link as CSV rows, written the same by `namesake link`/`link-csv`
 * (streamed to a file) and by the app's Import screen (saved through the desktop): indices,
 * truth values (blank when unknown), whether the pair is one person, the score, and the names,
 * dates and ZIPs of both records.
 *
 * Truth values are written as people know them: a user's file's own values (its truth column,
 * say "P01"), a simulated population's person ids.
 */
import { UNKNOWN_TRUTH, type LinkRecords } from '../linking/LinkRecords';
import type { Decision, DeclaredMatches } from '../linking/linkTwoFiles';
import { formatDate } from '../population/calendar';

export const PAIR_COLUMNS = [
  'left_index',
  'right_index',
  'left_truth',
  'right_truth',
  'true_match',
  'score',
  'left_given',
  'left_surname',
  'left_dob',
  'left_zip',
  'right_given',
  'right_surname',
  'right_dob',
  'right_zip',
] as const;

/** How pairs.csv labels a declared pair's score: the rule's name, or the match weight. */
export function scoreLabel(decision: Decision): (score: number) => string {
  if (decision.kind === 'rules') {
    const names = decision.rules.map((r) => r.name);
    return (score) => names[score] ?? '';
  }
  return (score) => score.toFixed(3);
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a pair's ids are written: names, the score, and truth values. */
export interface PairText {
  nameOf: (id: number) => string;
  scoreLabel: (score: number) => string;
  /** A truth id's value: a user's file's (KeyTables.truths); by default the id (person ids). */
  truthOf?: (truth: number) => string;
}

export type PairColumn = (typeof PAIR_COLUMNS)[number];

/**
 * Declared pair `d` as the values of PAIR_COLUMNS, in their order. Unknown truth (a CSV file
 * without a truth column, or an empty cell) is left blank: not a sentinel, nor a "not a
 * match" that nobody measured.
 */
export function pairValues(
  left: LinkRecords,
  right: LinkRecords,
  declared: DeclaredMatches,
  text: PairText,
  d: number,
): string[] {
  const { nameOf, scoreLabel, truthOf = String } = text;
  const name = (id: number) => (id === 0 ? '' : nameOf(id));
  const truth = (t: number) => (t === UNKNOWN_TRUTH ? '' : truthOf(t));
  const zip = (z: number) => (z ? String(z).padStart(5, '0') : '');
  const i = declared.left[d]!;
  const j = declared.right[d]!;
  const known = left.truth[i] !== UNKNOWN_TRUTH && right.truth[j] !== UNKNOWN_TRUTH;
  return [
    String(i),
    String(j),
    truth(left.truth[i]!),
    truth(right.truth[j]!),
    known ? String(declared.isMatch[d]!) : '',
    scoreLabel(declared.score[d]!),
    name(left.given[i]!),
    name(left.surname[i]!),
    formatDate(left.dob[i]!),
    zip(left.zip[i]!),
    name(right.given[j]!),
    name(right.surname[j]!),
    formatDate(right.dob[j]!),
    zip(right.zip[j]!),
  ];
}

/** Rows [from, to) of the declared pairs, each ending in a newline (no header). */
export function pairCsvRows(
  left: LinkRecords,
  right: LinkRecords,
  declared: DeclaredMatches,
  text: PairText,
  from = 0,
  to = declared.left.length,
): string {
  let rows = '';
  for (let d = from; d < to; d++)
    rows += `${pairValues(left, right, declared, text, d).map(csvField).join(',')}\n`;
  return rows;
}
