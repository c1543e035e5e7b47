/**
 * Builds link records from a user's CSV file, one parsed row at a time, so a file of millions
 * of rows is held as typed columns and never as text or one object per row. Each value is read
 * by its own small parser (parseDob, parseStreetLine, parseZip, parseTin); a value that cannot
 * be read leaves its field missing and is noted with its row and column (RowProblems).
 *
 * Pure: rows may come from papaparse in Node (node/readCsvRecords.ts) or in a browser alike.
 */
import { AddressQuality, UNKNOWN_TRUTH, type LinkRecords } from '../linking/LinkRecords';
import { engineError, rowProblem } from '../messages';
import { NO_NAME } from '../names/NameDictionary';
import { mappedColumns, type ColumnMapping } from './columnMapping';
import { GrowableLinkRecords } from './GrowableLinkRecords';
import type { KeyTables } from './KeyTables';
import { NameIds } from './NameIds';
import { isUnusableStreet, parseStreetLine, parseUnit } from './parseAddress';
import { NOT_A_DATE, parseDob } from './parseDob';
import { digitCount, parseTin } from './parseTin';
import { parseZip } from './parseZip';
import { DEFAULT_PROBLEM_POLICY, RowProblems, type ProblemPolicy } from './RowProblems';
import { splitFullName } from './splitFullName';

/** One parsed row: header name → cell. papaparse puts fields beyond the header in PARSED_EXTRA. */
export type CsvRow = Readonly<Record<string, string | readonly string[] | undefined>>;
export const PARSED_EXTRA = '__parsed_extra';

export interface RecordBuilderOptions {
  /** The file's name, for messages. */
  file: string;
  /** The header row as the file spells it, trimmed. */
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Shared by both files of a run. */
  keys: KeyTables;
  policy?: ProblemPolicy;
}

export interface CsvReadSummary {
  file: string;
  /** Records read (blank rows are skipped, not counted). */
  records: number;
  blankRows: number;
  /** Rows with a value that could not be read (kept, that field missing). */
  problemRows: number;
  problemsByColumn: Record<string, number>;
  /** The first problems, as "row 17, column "dob": …". */
  problems: string[];
  /** Columns of the file that the mapping does not use. */
  ignoredColumns: string[];
  /** True when the mapping names a truth column. */
  hasTruth: boolean;
  /** Records without each field (empty, or not readable). */
  missing: Record<'given' | 'surname' | 'dob' | 'zip' | 'tin' | 'truth', number>;
  addresses: { full: number; zipOnly: number; missing: number };
}

const cell = (row: CsvRow, column: string | undefined): string => {
  const value = column === undefined ? undefined : row[column];
  return typeof value === 'string' ? value.trim() : '';
};

function isBlank(row: CsvRow): boolean {
  for (const key in row) {
    const value = row[key];
    if (typeof value === 'string' ? value.trim() !== '' : value !== undefined) return false;
  }
  return true;
}

export class LinkRecordsBuilder {
  private readonly file: string;
  private readonly mapping: ColumnMapping;
  private readonly keys: KeyTables;
  private readonly policy: ProblemPolicy;
  private readonly headers: readonly string[];
  private readonly columns: string[];
  private readonly out = new GrowableLinkRecords();
  private readonly names: NameIds;
  private readonly problems = new RowProblems();
  private readonly missing: CsvReadSummary['missing'] = {
    given: 0,
    surname: 0,
    dob: 0,
    zip: 0,
    tin: 0,
    truth: 0,
  };
  private readonly addresses = { full: 0, zipOnly: 0, missing: 0 };
  /** The row being read, numbered as a spreadsheet numbers it (the header is row 1). */
  private row = 1;
  private blankRows = 0;
  /** Why the current row has too few or too many fields, if it has. */
  private shapeProblem: string | null = null;

  constructor(options: RecordBuilderOptions) {
    this.file = options.file;
    this.mapping = options.mapping;
    this.keys = options.keys;
    this.policy = options.policy ?? DEFAULT_PROBLEM_POLICY;
    this.headers = options.headers;
    this.names = new NameIds(options.keys.names);
    this.columns = mappedColumns(options.mapping);
    const missing = this.columns.filter((c) => !options.headers.includes(c));
    if (missing.length > 0)
      throw engineError('csvMissingColumns', this.file, missing, options.headers);
    for (const column of this.columns)
      if (options.headers.indexOf(column) !== options.headers.lastIndexOf(column))
        throw engineError('csvDuplicateColumn', this.file, column);
  }

  /** Reads one row (blank rows are skipped, but still numbered). */
  add(row: CsvRow): void {
    this.row++;
    if (isBlank(row)) {
      this.blankRows++;
      return;
    }
    const i = this.out.append();
    const c = this.out.columns;
    this.shapeProblem = this.fieldCountProblem(row);
    if (this.shapeProblem !== null) this.problems.note('(row)', this.shapeProblem);
    this.readNames(row, c, i);
    c.dob[i] = this.readDob(row);
    this.readAddress(row, c, i);
    c.tin[i] = this.readTin(row);
    const truth = cell(row, this.mapping.truth);
    if (truth === '') this.missing.truth++;
    c.truth[i] = truth === '' ? UNKNOWN_TRUTH : this.keys.truths.intern(truth);
    this.problems.endRow();
  }

  /** The records read; throws if there were none, or too many rows had problems. */
  finish(): { records: LinkRecords; summary: CsvReadSummary } {
    const records = this.out.size;
    if (records === 0) throw engineError('csvNoRows', this.file);
    this.problems.check(this.file, records, this.policy, (column) =>
      column === '(row)'
        ? 'that the file is comma-separated with quotes closed'
        : column === this.mapping.dob
          ? `the mapping (is "dobFormat" ${this.mapping.dobFormat} right for column "${column}"?)`
          : `the mapping (is column "${column}" the one meant?)`,
    );
    return {
      records: this.out.finish(),
      summary: {
        file: this.file,
        records,
        blankRows: this.blankRows,
        problemRows: this.problems.rows,
        problemsByColumn: { ...this.problems.byColumn },
        problems: [...this.problems.examples],
        ignoredColumns: this.headers.filter((h) => !this.columns.includes(h)),
        hasTruth: this.mapping.truth !== undefined,
        missing: { ...this.missing },
        addresses: { ...this.addresses },
      },
    };
  }

  private note(column: string, detail: string): void {
    this.problems.note(column, rowProblem.at(this.row, column, detail));
  }

  private readNames(row: CsvRow, c: GrowableLinkRecords['columns'], i: number): void {
    const { given, surname, fullName } = this.mapping;
    if (fullName !== undefined) {
      const split = splitFullName(cell(row, fullName));
      c.given[i] = this.readName(split.given, fullName, 'given');
      c.surname[i] = this.readName(split.surname, fullName, 'surname');
    } else {
      c.given[i] = this.readName(cell(row, given), given!, 'given');
      c.surname[i] = this.readName(cell(row, surname), surname!, 'surname');
    }
  }

  private readName(raw: string, column: string, part: 'given' | 'surname'): number {
    const id = raw === '' ? NO_NAME : this.names.of(raw);
    if (id !== NO_NAME) return id;
    this.missing[part]++;
    const detail =
      raw === ''
        ? rowProblem.emptyName(part === 'given' ? 'given name' : 'surname')
        : rowProblem.notLatin(raw);
    if (this.policy.missingNames === 'error')
      throw engineError(
        'csvMissingName',
        this.file,
        this.shapeProblem ?? rowProblem.at(this.row, column, detail),
      );
    // Allowed to be missing, an empty name is that, not a value that cannot be read (which a
    // name in another script is).
    if (raw !== '') this.note(column, detail);
    return NO_NAME;
  }

  private readDob(row: CsvRow): number {
    const raw = cell(row, this.mapping.dob);
    const day = raw === '' ? 0 : parseDob(raw, this.mapping.dobFormat);
    if (day > 0) return day;
    this.missing.dob++;
    if (raw !== '')
      this.note(
        this.mapping.dob!,
        day === NOT_A_DATE
          ? rowProblem.notADate(raw, this.mapping.dobFormat)
          : rowProblem.dateOutOfRange(raw),
      );
    return 0;
  }

  private readAddress(row: CsvRow, c: GrowableLinkRecords['columns'], i: number): void {
    const zipText = cell(row, this.mapping.zip);
    let zip = zipText === '' ? 0 : parseZip(zipText);
    if (zip < 0) {
      this.note(this.mapping.zip!, rowProblem.notAZip(zipText));
      zip = 0;
    }
    if (zip === 0) this.missing.zip++;
    c.zip[i] = zip;
    const line = parseStreetLine(cell(row, this.mapping.address));
    if (line.street !== '' && !isUnusableStreet(line.street)) {
      const unitText = cell(row, this.mapping.unit);
      const unit = unitText === '' ? line.unit : parseUnit(unitText);
      // A street name recurs across towns: the ZIP is part of the building's key.
      c.building[i] = this.keys.buildings.intern(`${zip}|${line.street}`);
      c.unit[i] = unit === '' ? 0 : this.keys.units.intern(unit);
      c.addressQuality[i] = AddressQuality.full;
      this.addresses.full++;
    } else {
      c.building[i] = 0;
      c.unit[i] = 0;
      c.addressQuality[i] = zip === 0 ? AddressQuality.missing : AddressQuality.zipOnly;
      this.addresses[zip === 0 ? 'missing' : 'zipOnly']++;
    }
  }

  private readTin(row: CsvRow): number {
    const raw = cell(row, this.mapping.tin);
    const tin = raw === '' ? 0 : parseTin(raw);
    if (tin > 0) return tin;
    this.missing.tin++;
    if (raw !== '') this.note(this.mapping.tin!, rowProblem.notATin(raw, digitCount(raw)));
    return 0;
  }

  private fieldCountProblem(row: CsvRow): string | null {
    const extra = row[PARSED_EXTRA];
    if (Array.isArray(extra))
      return rowProblem.atRow(this.row, rowProblem.tooManyFields(extra.length));
    if (this.columns.some((column) => row[column] === undefined))
      return rowProblem.atRow(
        this.row,
        rowProblem.tooFewFields(Object.keys(row).length, this.headers.length),
      );
    return null;
  }
}
