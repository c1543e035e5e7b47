import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers/captureOutput';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import { PAIR_COLUMNS } from '../../src/cli/linkOutput';

const output = captureOutput();
const FIXTURES = join(import.meta.dirname, '../fixtures/csv');
const fixture = (name: string) => join(FIXTURES, name);
const temp = () => mkdtempSync(join(tmpdir(), 'namesake-link-csv-'));

interface Metrics {
  mode: 'link' | 'dedupe';
  records: { left: number; right: number | null };
  candidates: { count: number };
  declared: number;
  metrics: { truePositives: number; falsePositives: number; falseNegatives: number } | null;
  note?: string;
}

const twoFiles = [
  'link-csv',
  '--left',
  fixture('list.csv'),
  '--map',
  fixture('list.map.json'),
  '--right',
  fixture('taxpayers.csv'),
  '--right-map',
  fixture('taxpayers.map.json'),
];
const oneFile = ['link-csv', '--left', fixture('people.csv'), '--map', fixture('people.map.json')];

async function run(args: string[]): Promise<Metrics> {
  output.stdout = '';
  expect(await main([...args, '--out', temp(), '--json'])).toBe(ExitCode.ok);
  return JSON.parse(output.stdout) as Metrics;
}

const confusion = (m: Metrics) => {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = m.metrics!;
  return { tp, fp, fn };
};

describe('namesake link-csv', () => {
  // The fixtures' people, and why each rule finds or misses them, are worked out by hand:
  // 9 people are in both files; Kim Min-jun has a namesake with his birth date (P02), Maria
  // Garcia one in her ZIP (P07); Lee/Yi, Park/Pak and Jung/Jeong are romanisations; Kang Dae-ho
  // is written family name first; Choi's taxpayer address is "UNKNOWN ADDRESS"; Lee Soo-jin's
  // SSN is her husband's.
  it.each([
    ['exact-name-dob', { tp: 4, fp: 1, fn: 5 }],
    ['similar-name-zip', { tp: 7, fp: 1, fn: 2 }],
    ['tin-name-control', { tp: 1, fp: 1, fn: 8 }],
  ])(
    'links two files with the rule %s and counts right and wrong matches',
    async (rule, expected) => {
      const metrics = await run([...twoFiles, '--rule', rule]);
      expect(metrics.records).toEqual({ left: 12, right: 12 });
      expect(confusion(metrics)).toEqual(expected);
    },
  );

  it('uses TIN matching and exact name + DOB by default, and explains its output', async () => {
    const out = temp();
    expect(await main([...twoFiles, '--out', out])).toBe(ExitCode.ok);
    expect(output.stdout).toBe(
      [
        `Read ${fixture('list.csv')}: 12 records (ignored columns: "notes").`,
        `Read ${fixture('taxpayers.csv')}: 12 records (1 row with a value that cannot be read, kept without it; 1 address with only a ZIP; ignored columns: "record_no").`,
        `Linked 12 records of ${fixture('list.csv')} against 12 of ${fixture('taxpayers.csv')} (rules: TIN + name control; exact name + DOB): 6 candidate pairs.`,
        'Declared matches: 6 — 4 right, 2 the wrong person (33.3 %); 5 true matches missed.',
        'Precision 66.7 % · recall 44.4 % · F1 0.533',
        `Written: ${out}/pairs.csv and ${out}/metrics.json`,
        '',
      ].join('\n'),
    );
    expect(output.stderr).toBe(
      `namesake: ${fixture('taxpayers.csv')}: 1 row has a value that cannot be read; kept, without that value:\n  row 13, column "dob": "02/30/1980" is not a date in format MM/DD/YYYY\n`,
    );
    const lines = readFileSync(join(out, 'pairs.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(PAIR_COLUMNS.join(','));
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(6);
    for (const r of rows) expect(r[4] === '1').toBe(r[2] === r[3]);
    // The truth columns hold the files' own values, so a pair can be found in them.
    for (const r of rows)
      expect([r[2], r[3]]).toEqual([
        expect.stringMatching(/^P\d\d$/),
        expect.stringMatching(/^P\d\d$/),
      ]);
    expect(rows.map((r) => r.slice(2, 5).join(','))).toContain('P02,P01,0');
  });

  it.each([
    ['exact-name-dob', { tp: 1, fp: 2, fn: 4 }],
    ['similar-name-zip', { tp: 5, fp: 3, fn: 0 }],
  ])('deduplicates one file with %s, each pair of records once', async (rule, expected) => {
    const out = temp();
    output.stdout = '';
    expect(await main([...oneFile, '--rule', rule, '--out', out, '--json'])).toBe(ExitCode.ok);
    const metrics = JSON.parse(output.stdout) as Metrics;
    expect(metrics.mode).toBe('dedupe');
    expect(confusion(metrics)).toEqual(expected);
    const rows = readFileSync(join(out, 'pairs.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBe(metrics.declared);
    for (const row of rows) {
      const [i, j] = row.split(',').map(Number);
      expect(i!).toBeLessThan(j!);
    }
  });

  it('fits a Fellegi–Sunter model, saves it, and decides with it again', async () => {
    const out = temp();
    output.stdout = '';
    expect(await main([...twoFiles, '--estimate', 'em', '--gzip', '--out', out, '--json'])).toBe(
      ExitCode.ok,
    );
    const first = JSON.parse(output.stdout) as Metrics;
    expect(first.metrics!.truePositives).toBeGreaterThan(0);
    const pairs = gunzipSync(readFileSync(join(out, 'pairs.csv.gz'))).toString('utf8');
    expect(pairs.trim().split('\n').length - 1).toBe(first.declared);
    const again = await run([...twoFiles, '--model', join(out, 'model.json')]);
    expect(again.metrics).toEqual(first.metrics);
    expect((await run([...oneFile, '--estimate', 'truth'])).metrics!.truePositives).toBe(5);
  });

  it('reports counts only without a truth column', async () => {
    const map = JSON.stringify({
      given: 'given',
      surname: 'surname',
      dob: 'born',
      dobFormat: 'YYYYMMDD',
    });
    const args = [
      'link-csv',
      '--left',
      fixture('people.csv'),
      '--map',
      map,
      '--rule',
      'exact-name-dob',
    ];
    const metrics = await run(args);
    expect(metrics.metrics).toBeNull();
    expect(metrics.declared).toBe(3);
    expect(metrics.note).toBe(
      'Precision and recall need a truth column: map "truth" in every file to measure them.',
    );
    output.stdout = '';
    const out = temp();
    expect(await main([...args, '--out', out])).toBe(ExitCode.ok);
    expect(output.stdout).toContain(
      'Declared matches: 3.\nPrecision and recall need a truth column',
    );
    // Truth that nobody gave is blank in pairs.csv: not a sentinel, not "not a match".
    const rows = readFileSync(join(out, 'pairs.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(',').slice(2, 5)).toEqual(['', '', '']);
    const noRule = args.slice(0, -2);
    expect(await main([...noRule, '--estimate', 'truth', '--out', temp()])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--estimate truth measures the model on the true matches');
  });
});

describe('namesake link-csv, when the input is wrong', () => {
  const dir = temp();
  const csv = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const map = fixture('people.map.json');
  const fails = async (args: string[], message: string) => {
    output.stderr = '';
    expect(await main([...args, '--out', temp()])).toBe(ExitCode.usage);
    expect(output.stderr).toBe(`namesake: ${message}\n`);
  };

  it('names a missing column and lists the columns the file has', async () => {
    const path = csv('columns.csv', 'person,given,family,born\nA,Ana,Lopez,19600630\n');
    await fails(
      ['link-csv', '--left', path, '--map', map],
      `${path} has no columns "surname", "address", "zip" named in the mapping; its columns are "person", "given", "family", "born"`,
    );
  });

  it('refuses an empty file', async () => {
    const path = csv('empty.csv', '');
    await fails(
      ['link-csv', '--left', path, '--map', map],
      `${path} is empty: expected a header row naming the columns, then one row per record`,
    );
  });

  it('stops when too many rows have a date in another format', async () => {
    const header = 'person,given,surname,born,address,zip\n';
    const rows = [
      'A,Ana,Lopez,19600630,,',
      'B,Tuan,Nguyen,1970-12-01,,',
      'C,Maria,Garcia,19700505,,',
    ];
    const path = csv('dates.csv', `${header}${rows.join('\n')}\n`);
    await fails(
      ['link-csv', '--left', path, '--map', map],
      `${path}: 1 of 3 rows (33.3 %) have a value that cannot be read, more than the 10 % allowed; the first: row 3, column "born": "1970-12-01" is not a date in format YYYYMMDD. Check the mapping (is "dobFormat" YYYYMMDD right for column "born"?), or fix the file`,
    );
    output.stdout = '';
    expect(
      await main([
        'link-csv',
        '--left',
        path,
        '--map',
        map,
        '--max-bad-rows',
        '0.5',
        '--out',
        temp(),
      ]),
    ).toBe(ExitCode.ok);
    await fails(
      ['link-csv', '--left', path, '--map', map, '--max-bad-rows', 'most'],
      '--max-bad-rows expects a share between 0 and 1 (e.g. 0.1 for 10 %), got "most"',
    );
  });

  it('refuses files that are not UTF-8, saying where', async () => {
    const latin1 = csv(
      'latin1.csv',
      Buffer.from('person,given,surname,born,address,zip\nA,Jos\xe9,Garc\xeda,,,\n', 'latin1'),
    );
    await fails(
      ['link-csv', '--left', latin1, '--map', map],
      `${latin1} is not UTF-8 text: line 2 (byte offset 43) holds bytes that are not UTF-8, as a Windows or Latin-1 export writes them; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
    );
    const utf16 = csv('utf16.csv', Buffer.from('\uFEFFperson,given\nA,Ana\n', 'utf16le'));
    await fails(
      ['link-csv', '--left', utf16, '--map', map],
      `${utf16} is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; re-save the file as UTF-8 (in Excel: "CSV UTF-8")`,
    );
  });

  it('refuses a block of too many identical records before comparing, and says which', async () => {
    const header = 'person,given,surname,born,address,zip\n';
    const rows = Array.from({ length: 300 }, (_, i) => `P${i},Min-jun,Kim,19010101,,02139`);
    const path = csv('placeholder.csv', `${header}${rows.join('\n')}\n`);
    const refused = async (args: string[], pattern: RegExp) => {
      output.stderr = '';
      expect(await main([...args, '--out', temp()])).toBe(ExitCode.usage);
      expect(output.stderr).toMatch(pattern);
    };
    await refused(
      ['link-csv', '--left', path, '--map', map, '--max-pairs', '40k'],
      /^namesake: blocking would make up to 44,850 candidate pairs \(summed over its 2 rules\), more than the limit of 40,000: the largest block, of rule "exact name \+ DOB" \(given name "MIN-JUN", surname "KIM", date of birth 1901-01-01\), holds 300 records, 44,850 pairs\. .*--max-pairs/,
    );
    // Two files on two threads are checked as one join before any worker starts: ten blocks
    // of 30 × 30 pairs, 9,000 in all, each thread's share under the limit of 5,000 or not.
    const tenBlocks = Array.from(
      { length: 300 },
      (_, i) => `P${i},Min-jun,Kim,190101${String(1 + (i % 10)).padStart(2, '0')},,02139`,
    );
    const blocks = csv('blocks.csv', `${header}${tenBlocks.join('\n')}\n`);
    await refused(
      [
        'link-csv',
        '--left',
        blocks,
        '--right',
        blocks,
        '--map',
        map,
        '--threads',
        '2',
        '--max-pairs',
        '5000',
      ],
      /up to 9,000 candidate pairs .* holds 30 records of the first set and 30 of the second, 900 pairs/,
    );
    expect(
      (await run(['link-csv', '--left', path, '--map', map, '--max-pairs', '100k'])).declared,
    ).toBe((300 * 299) / 2);
    await fails(
      ['link-csv', '--left', path, '--map', map, '--max-pairs', 'lots'],
      '--max-pairs expects a whole number, got "lots"',
    );
  });

  it('explains bad mappings and options', async () => {
    const left = fixture('people.csv');
    await fails(
      ['link-csv', '--left', left, '--map', '{"given":"given"}'],
      'column mapping (inline), surname: required (or map "fullName" instead of "given" and "surname")',
    );
    await fails(
      ['link-csv', '--left', left, '--map', join(dir, 'none.json')],
      `cannot read mapping file ${join(dir, 'none.json')}: ENOENT`,
    );
    await fails(
      ['link-csv', '--left', join(dir, 'none.csv'), '--map', map],
      `cannot read CSV file ${join(dir, 'none.csv')}: ENOENT`,
    );
    await fails(
      ['link-csv', '--left', left, '--map', map, '--right-map', map],
      '--right-map needs --right (without --right, the --left file is deduplicated with --map)',
    );
    await fails(
      ['link-csv', '--left', left, '--map', map, '--rule', 'exact-name-dob', '--estimate', 'em'],
      'give either --rule or --model/--estimate, not both',
    );
  });
});
