import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseColumnMapping } from '../../src/matching/io/columnMapping';
import { createKeyTables } from '../../src/matching/io/KeyTables';
import { UNKNOWN_TRUTH } from '../../src/matching/linking/LinkRecords';
import { dayNumber } from '../../src/matching/population/calendar';
import { readCsvRecords, type CsvReadProgress } from '../../src/node/readCsvRecords';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const listMapping = parseColumnMapping(
  JSON.parse(readFileSync(join(FIXTURES, 'list.map.json'), 'utf8')),
  'list.map.json',
);
const simple = parseColumnMapping({ given: 'given', surname: 'surname', dob: 'dob' }, 'test');
const dir = mkdtempSync(join(tmpdir(), 'namesake-csv-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const read = (path: string, mapping = simple) =>
  readCsvRecords(path, { mapping, keys: createKeyTables() });

describe('readCsvRecords', () => {
  it('reads a CSV file into link records', async () => {
    const keys = createKeyTables();
    const path = join(FIXTURES, 'list.csv');
    const { records, summary } = await readCsvRecords(path, { mapping: listMapping, keys });
    expect(records.size).toBe(12);
    expect(keys.names.name(records.surname[5]!)).toBe('GARCIA');
    expect(records.dob[5]).toBe(0);
    expect(records.tin[6]).toBe(123456789);
    expect(summary).toMatchObject({ file: path, records: 12, ignoredColumns: ['notes'] });
  });

  it('reads gzip files, byte-order marks, semicolons and tabs alike', async () => {
    const text = 'given,surname,dob\nAna,Lopez,1960-06-30\nMin-jun,Kim,1990-03-15\n';
    const paths = [
      file('plain.csv', text),
      file('packed.csv.gz', gzipSync(text)),
      file('bom.csv', `\uFEFF${text}`),
      file('semicolon.csv', text.replace(/,/g, ';')),
      file('tab.tsv', text.replace(/,/g, '\t')),
      file('crlf.csv', text.replace(/\n/g, '\r\n')),
    ];
    for (const path of paths) {
      const { records } = await read(path);
      expect(Array.from(records.dob), path).toEqual([
        dayNumber(1960, 6, 30),
        dayNumber(1990, 3, 15),
      ]);
    }
  });

  it('refuses empty files and files without rows', async () => {
    await expect(read(file('empty.csv', ''))).rejects.toThrow(
      `${dir}/empty.csv is empty: expected a header row naming the columns, then one row per record`,
    );
    await expect(read(file('blank.csv', '\n\n \n'))).rejects.toThrow(`${dir}/blank.csv is empty`);
    await expect(read(file('header.csv', 'given,surname,dob\n'))).rejects.toThrow(
      `${dir}/header.csv has a header row but no data rows`,
    );
    await expect(read(file('blank-rows.csv', 'given,surname,dob\n,,\n\n'))).rejects.toThrow(
      'has a header row but no data rows',
    );
  });

  it('names missing columns and lists the columns the file has', async () => {
    const path = file('names.csv', 'First Name, Last Name ,DOB\nAna,Lopez,1960-06-30\n');
    await expect(read(path)).rejects.toThrow(
      `${path} has no columns "given", "surname", "dob" named in the mapping; its columns are "First Name", "Last Name", "DOB"`,
    );
  });

  it('says where a file stops being UTF-8', async () => {
    const latin1 = file(
      'latin1.csv',
      Buffer.from('given,surname,dob\nJos\xe9,Garc\xeda,\n', 'latin1'),
    );
    await expect(read(latin1)).rejects.toThrow(
      `${latin1} is not UTF-8 text: line 2 (byte offset 21) holds bytes that are not UTF-8, as a Windows or Latin-1 export writes them; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
    );
    const utf16 = file('utf16.csv', Buffer.from('\uFEFFgiven,surname\nAna,Lopez\n', 'utf16le'));
    await expect(read(utf16)).rejects.toThrow(
      `${utf16} is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
    );
    const bare = file('utf16-bare.csv', Buffer.from('given,surname\nAna,Lopez\n', 'utf16le'));
    await expect(read(bare)).rejects.toThrow(
      `${bare} is not UTF-8 text: byte offset 1 is a NUL byte, as in UTF-16 text or a binary file`,
    );
    // Far into the file, after the first chunks: the line and offset still count from the start.
    const rows = 'Ana,Lopez,1960-06-30\n'.repeat(100_000);
    const late = file(
      'late.csv',
      Buffer.concat([
        Buffer.from(`given,surname,dob\n${rows}`),
        Buffer.from('Jos\xe9,Kim,\n', 'latin1'),
      ]),
    );
    await expect(read(late)).rejects.toThrow(`line 100002 (byte offset ${18 + rows.length + 3})`);
  });

  it('streams a file of 300,000 rows into columns', async () => {
    // Names hold letters only: k in base 26.
    const letters = (k: number): string =>
      (k >= 26 ? letters(Math.floor(k / 26) - 1) : '') + String.fromCharCode(65 + (k % 26));
    const n = 300_000;
    const chunks = ['id,given,surname,dob,street,zip,ssn\n'];
    for (let i = 0; i < n; i++) {
      const month = 1 + (i % 12);
      const day = 1 + (i % 28);
      chunks.push(
        `${i},Given${letters(i % 5000)},Surname${letters(i % 20000)},${1940 + (i % 60)}-${month}-${day},${i % 9000} Main St Apt ${i % 40},${10000 + (i % 800)},${100000000 + i}\n`,
      );
    }
    const path = file('large.csv', chunks.join(''));
    const mapping = parseColumnMapping(
      {
        given: 'given',
        surname: 'surname',
        dob: 'dob',
        address: 'street',
        zip: 'zip',
        tin: 'ssn',
        truth: 'id',
      },
      'test',
    );
    const keys = createKeyTables();
    const progress: CsvReadProgress[] = [];
    const { records, summary } = await readCsvRecords(path, {
      mapping,
      keys,
      onProgress: (p) => progress.push(p),
    });
    expect(records.size).toBe(n);
    expect(records.given.length).toBe(n);
    expect(summary.problemRows).toBe(0);
    for (const i of [0, 1, 4_999, 123_456, n - 1]) {
      expect(keys.names.name(records.given[i]!)).toBe(`GIVEN${letters(i % 5000)}`);
      expect(keys.names.name(records.surname[i]!)).toBe(`SURNAME${letters(i % 20000)}`);
      expect(records.dob[i]).toBe(dayNumber(1940 + (i % 60), 1 + (i % 12), 1 + (i % 28)));
      expect(records.zip[i]).toBe(10000 + (i % 800));
      expect(records.tin[i]).toBe(100000000 + i);
      expect(records.truth[i]).not.toBe(UNKNOWN_TRUTH);
    }
    expect(new Set(records.truth).size).toBe(n);
    expect(keys.buildings.size).toBe(
      new Set(Array.from({ length: n }, (_, i) => `${i % 9000}|${10000 + (i % 800)}`)).size,
    );
    expect(keys.units.size).toBe(40);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)!.rows).toBe(n);
    for (let k = 1; k < progress.length; k++)
      expect(progress[k]!.rows).toBeGreaterThanOrEqual(progress[k - 1]!.rows);
  });
});
