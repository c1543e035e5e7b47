import { describe, expect, it } from 'vitest';
import { parseColumnMapping, type ColumnMapping } from '../../../src/matching/io/columnMapping';
import { createKeyTables, type KeyTables } from '../../../src/matching/io/KeyTables';
import { LinkRecordsBuilder, type CsvRow } from '../../../src/matching/io/recordBuilder';
import type { ProblemPolicy } from '../../../src/matching/io/RowProblems';
import { AddressQuality, UNKNOWN_TRUTH } from '../../../src/matching/linking/LinkRecords';
import { dayNumber } from '../../../src/matching/population/calendar';

const HEADERS = ['id', 'first', 'last', 'born', 'street', 'zip', 'ssn', 'notes'];
const MAPPING = parseColumnMapping(
  {
    given: 'first',
    surname: 'last',
    dob: 'born',
    dobFormat: 'MM/DD/YYYY',
    address: 'street',
    zip: 'zip',
    tin: 'ssn',
    truth: 'id',
  },
  'test',
);

function row(values: string[], headers = HEADERS): CsvRow {
  return Object.fromEntries(values.map((v, i) => [headers[i]!, v]));
}

function build(
  rows: CsvRow[],
  options: { mapping?: ColumnMapping; keys?: KeyTables; policy?: ProblemPolicy } = {},
) {
  const builder = new LinkRecordsBuilder({
    file: 'people.csv',
    headers: HEADERS,
    mapping: options.mapping ?? MAPPING,
    keys: options.keys ?? createKeyTables(),
    policy: options.policy,
  });
  rows.forEach((r) => builder.add(r));
  return builder.finish();
}

describe('LinkRecordsBuilder', () => {
  it('turns rows into columns: names, dates, addresses, TINs and truth', () => {
    const keys = createKeyTables();
    const { records, summary } = build(
      [
        row([
          'p1',
          'Min-jun',
          'Kim',
          '3/15/1990',
          '45 Oak St Apt 4B',
          '02139-4301',
          '123-45-6789',
          '',
        ]),
        row(['p1', 'MIN-JUN', 'KIM', '', '45 Oak Street #4B', '02139', '', 'a note']),
        row(['p2', 'José', 'García', '12/01/1970', 'Unknown Address', '90011', '', '']),
        row(['', 'Ana', 'Lopez', '', '', '', '', '']),
      ],
      { keys },
    );
    expect(records.size).toBe(4);
    expect(records.given[0]).toBe(records.given[1]);
    expect(keys.names.name(records.given[2]!)).toBe('JOSE');
    expect(keys.names.name(records.surname[2]!)).toBe('GARCIA');
    expect(Array.from(records.dob)).toEqual([dayNumber(1990, 3, 15), 0, dayNumber(1970, 12, 1), 0]);
    expect(Array.from(records.zip)).toEqual([2139, 2139, 90011, 0]);
    expect(records.building[0]).not.toBe(0);
    expect(records.building[1]).toBe(records.building[0]);
    expect(records.unit[1]).toBe(records.unit[0]);
    expect(records.unit[0]).not.toBe(0);
    expect(Array.from(records.addressQuality)).toEqual([
      AddressQuality.full,
      AddressQuality.full,
      AddressQuality.zipOnly,
      AddressQuality.missing,
    ]);
    expect(Array.from(records.tin)).toEqual([123456789, 0, 0, 0]);
    expect(records.truth[0]).toBe(records.truth[1]);
    expect(records.truth[2]).not.toBe(records.truth[0]);
    expect(records.truth[3]).toBe(UNKNOWN_TRUTH);
    expect(summary).toMatchObject({
      records: 4,
      problemRows: 0,
      ignoredColumns: ['notes'],
      hasTruth: true,
      missing: { given: 0, surname: 0, dob: 2, zip: 1, tin: 3, truth: 1 },
      addresses: { full: 2, zipOnly: 1, missing: 1 },
    });
  });

  it('gives equal values equal ids across the files of a run', () => {
    const keys = createKeyTables();
    const a = build([row(['x', 'Ji-woo', 'Lee', '', '12 Pine Rd', '07024', '', ''])], { keys });
    const b = build(
      [
        row(['y', 'Ana', 'Lopez', '', '1 Elm St', '07024', '', '']),
        row(['x', 'ji-woo', 'lee', '', '12 PINE ROAD', '07024', '', '']),
      ],
      { keys },
    );
    expect(b.records.given[1]).toBe(a.records.given[0]);
    expect(b.records.building[1]).toBe(a.records.building[0]);
    expect(b.records.truth[1]).toBe(a.records.truth[0]);
  });

  it('keys a building by its street and ZIP: one street name recurs across towns', () => {
    const { records } = build([
      row(['a', 'A', 'B', '', '1 Main St', '02139', '', '']),
      row(['b', 'C', 'D', '', '1 Main St', '90011', '', '']),
    ]);
    expect(records.building[0]).not.toBe(records.building[1]);
  });

  it('keeps a row with an unreadable value, that field missing, and says where it was', () => {
    const rows = Array.from({ length: 20 }, (_, i) =>
      row([`p${i}`, 'Ana', 'Lopez', '01/02/1980', '1 Elm St', '33010', '', '']),
    );
    rows[15] = row(['p15', 'Ana', 'Lopez', '31/02/1990', '1 Elm St', '3301', '12-345-678', '']);
    const { records, summary } = build(rows);
    expect(records.size).toBe(20);
    expect(records.dob[15]).toBe(0);
    expect(records.tin[15]).toBe(0);
    expect(records.zip[15]).toBe(3301);
    expect(summary.problemRows).toBe(1);
    expect(summary.problemsByColumn).toEqual({ born: 1, ssn: 1 });
    expect(summary.problems).toEqual([
      'row 17, column "born": "31/02/1990" is not a date in format MM/DD/YYYY',
      'row 17, column "ssn": "12-345-678" is not a 9-digit SSN or ITIN (8 digits: did a spreadsheet drop a leading zero?)',
    ]);
  });

  it('stops when more than the allowed share of rows have problems', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      row([`p${i}`, 'Ana', 'Lopez', i < 2 ? '1980-01-02' : '01/02/1980', '', '', '', '']),
    );
    expect(() => build(rows)).toThrow(
      'people.csv: 2 of 10 rows (20 %) have a value that cannot be read, more than the 10 % allowed; the first: row 2, column "born": "1980-01-02" is not a date in format MM/DD/YYYY. Check the mapping (is "dobFormat" MM/DD/YYYY right for column "born"?), or fix the file',
    );
    expect(
      build(rows, { policy: { maxProblemShare: 0.2, missingNames: 'error' } }).summary.problemRows,
    ).toBe(2);
  });

  it('stops at a row without a name, unless told to keep it', () => {
    const rows = [
      row(['p1', 'Ana', 'Lopez', '', '', '', '', '']),
      row(['p2', '김민준', 'Kim', '', '', '', '', '']),
    ];
    expect(() => build(rows)).toThrow(
      'people.csv: row 3, column "first": "김민준" has no Latin letters; names must be romanised; every record needs a given name and a surname: fix or remove the row, or allow rows without names',
    );
    expect(() => build([row(['p1', 'Ana', ' ', '', '', '', '', ''])])).toThrow(
      'people.csv: row 2, column "last": no surname;',
    );
    const kept = build(rows, { policy: { maxProblemShare: 0.5, missingNames: 'problem' } });
    expect(kept.records.given[1]).toBe(0);
    expect(kept.summary.missing.given).toBe(1);
    // Allowed missing, an empty name is missing, not a value that cannot be read: it does not
    // count towards maxProblemShare (a name in another script still does).
    const empty = build([row(['p1', 'Ana', '', '', '', '', '', ''])], {
      policy: { maxProblemShare: 0, missingNames: 'problem' },
    });
    expect(empty.summary.missing.surname).toBe(1);
    expect(empty.summary.problemRows).toBe(0);
  });

  it('says what to check for the kind of value that could not be read', () => {
    const badZip = [row(['p1', 'Ana', 'Lopez', '', '', 'N/A-9', '', ''])];
    expect(() => build(badZip)).toThrow(
      /the first: row 2, column "zip": .*\. Check the mapping \(is column "zip" the one meant\?\), or fix the file$/,
    );
  });

  it('skips blank rows but keeps counting them, as a spreadsheet numbers rows', () => {
    const blank = row(['', '', '', '', '', '', '', '']);
    const rows = [blank, row(['p1', 'Ana', 'Lopez', 'x', '', '', '', '']), { id: '' }];
    const policy: ProblemPolicy = { maxProblemShare: 1, missingNames: 'error' };
    const { records, summary } = build(rows, { policy });
    expect(records.size).toBe(1);
    expect(summary.blankRows).toBe(2);
    expect(summary.problems[0]).toBe(
      'row 3, column "born": "x" is not a date in format MM/DD/YYYY',
    );
  });

  it('notes rows with too few or too many fields', () => {
    const short = { id: 'p1', first: 'Ana', last: 'Lopez' };
    const long = { ...row(['p2', 'Ana', 'Lopez', '', '', '', '', '']), __parsed_extra: ['x', 'y'] };
    const policy: ProblemPolicy = { maxProblemShare: 1, missingNames: 'error' };
    expect(build([short, long], { policy }).summary.problems).toEqual([
      'row 2: the row has 3 fields, the header 8',
      'row 3: the row has 2 fields more than the header (an unquoted comma in a value?)',
    ]);
    expect(() => build([{ id: 'p1' }])).toThrow(
      'people.csv: row 2: the row has 1 field, the header 8;',
    );
  });

  it('reads names from one full-name column', () => {
    const headers = ['name'];
    const mapping = parseColumnMapping({ fullName: 'name' }, 'test');
    const keys = createKeyTables();
    const builder = new LinkRecordsBuilder({ file: 'f.csv', headers, mapping, keys });
    builder.add({ name: 'KIM, MIN-JUN' });
    builder.add({ name: 'Min-jun Kim' });
    const { records } = builder.finish();
    expect(records.given[0]).toBe(records.given[1]);
    expect(keys.names.name(records.surname[1]!)).toBe('KIM');
  });

  it('names missing columns and lists the headers the file has', () => {
    const mapping = parseColumnMapping(
      { given: 'first', surname: 'family', dob: 'dob', truth: 'id' },
      'test',
    );
    expect(
      () =>
        new LinkRecordsBuilder({
          file: 'f.csv',
          headers: HEADERS,
          mapping,
          keys: createKeyTables(),
        }),
    ).toThrow(
      'f.csv has no columns "family", "dob" named in the mapping; its columns are "id", "first", "last", "born", "street", "zip", "ssn", "notes"',
    );
    expect(
      () =>
        new LinkRecordsBuilder({
          file: 'f.csv',
          headers: ['first', 'last', 'first'],
          mapping: parseColumnMapping({ given: 'first', surname: 'last' }, 'test'),
          keys: createKeyTables(),
        }),
    ).toThrow('f.csv: the mapped column "first" appears more than once in the header');
  });

  it('refuses a file without data rows', () => {
    expect(() => build([])).toThrow('people.csv has a header row but no data rows');
  });
});
