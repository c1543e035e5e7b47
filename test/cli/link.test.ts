import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers/captureOutput';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import { PAIR_COLUMNS } from '../../src/cli/linkOutput';

const output = captureOutput();

interface Metrics {
  falseMatchExamples: {
    fields: { field: string; levelName: string }[];
    waterfall: unknown[] | null;
  }[];
  records: { left: number; right: number };
  metrics: {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    declared: number;
  };
  falseMatchCauses: Record<string, number>;
}

describe('namesake link', () => {
  it('writes pairs and metrics that agree with each other', async () => {
    const out = mkdtempSync(join(tmpdir(), 'namesake-link-'));
    const code = await main([
      'link',
      '--size',
      '200k',
      '--seed',
      '5',
      '--rule',
      'exact-name-birth-year',
      '--out',
      out,
    ]);
    expect(code).toBe(ExitCode.ok);
    expect(output.stdout).toContain('Declared matches:');
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as Metrics;
    const lines = readFileSync(join(out, 'pairs.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe(PAIR_COLUMNS.join(','));
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(metrics.metrics.declared);
    const right = rows.filter((r) => r[4] === '1').length;
    expect(right).toBe(metrics.metrics.truePositives);
    // A wrong match is two different people; a right one, the same person.
    for (const r of rows) expect(r[4] === '1').toBe(r[2] === r[3]);
    const causes = Object.values(metrics.falseMatchCauses).reduce((a, b) => a + b, 0);
    expect(causes).toBe(metrics.metrics.falsePositives);
  });

  it('fits a Fellegi–Sunter model by EM, saves it, and can decide with it again', async () => {
    const out = mkdtempSync(join(tmpdir(), 'namesake-link-'));
    expect(
      await main([
        'link',
        '--size',
        '200k',
        '--seed',
        '5',
        '--estimate',
        'em',
        '--gzip',
        '--out',
        out,
        '--json',
      ]),
    ).toBe(ExitCode.ok);
    const first = JSON.parse(output.stdout) as Metrics & {
      outputs: { pairs: string; model: string | null };
    };
    expect(first.metrics.truePositives).toBeGreaterThan(0);
    // The fitted model is among the outputs named.
    expect(first.outputs).toEqual({
      pairs: join(out, 'pairs.csv.gz'),
      model: join(out, 'model.json'),
    });
    // Each wrong match is explained field by field, with the model's waterfall.
    expect(first.falseMatchExamples.length).toBe(Math.min(5, first.metrics.falsePositives));
    for (const example of first.falseMatchExamples) {
      expect(example.fields.map((f) => f.field)).toEqual([
        'given',
        'surname',
        'nameControl',
        'nameOrder',
        'dob',
        'address',
        'tin',
      ]);
      expect(example.waterfall!.length).toBe(8);
    }
    const pairs = gunzipSync(readFileSync(join(out, 'pairs.csv.gz')))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(pairs.length - 1).toBe(first.metrics.declared);
    output.stdout = '';
    const again = mkdtempSync(join(tmpdir(), 'namesake-link-'));
    expect(
      await main([
        'link',
        '--size',
        '200k',
        '--seed',
        '5',
        '--model',
        join(out, 'model.json'),
        '--out',
        again,
        '--json',
      ]),
    ).toBe(ExitCode.ok);
    const second = JSON.parse(output.stdout) as Metrics;
    expect(second.metrics).toEqual(first.metrics);

    // Deciding again into the model's own folder with another threshold leaves the model as saved.
    const saved = readFileSync(join(out, 'model.json'), 'utf8');
    const model = join(out, 'model.json');
    const args = ['link', '--size', '200k', '--seed', '5', '--model', model, '--threshold', '7'];
    expect(await main([...args, '--out', out])).toBe(ExitCode.ok);
    expect(readFileSync(model, 'utf8')).toBe(saved);
    // Into another folder, model.json records the threshold that decided.
    expect(await main([...args, '--out', again])).toBe(ExitCode.ok);
    expect(readFileSync(join(again, 'model.json'), 'utf8')).not.toBe(saved);
  });

  it('explains bad options', async () => {
    expect(await main(['link', '--rule', 'nonsense', '--size', '1000'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--rule "nonsense" is neither a preset');
    expect(
      await main(['link', '--rule', 'exact-name-dob', '--estimate', 'em', '--size', '1000']),
    ).toBe(ExitCode.usage);
    expect(output.stderr).toContain('not both');
    expect(await main(['link', '--model', '/nonexistent/model.json', '--size', '1000'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('cannot read model file');
    const rule = (all: unknown) => JSON.stringify({ name: 'r', all });
    expect(await main(['link', '--size', '1000', '--rule', rule([])])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('match rule --rule.all: needs at least 1 item');
    expect(
      await main([
        'link',
        '--size',
        '1000',
        '--rule',
        rule([
          { field: 'surnam', atMost: 0 },
          { field: 'dob', atMost: 0 },
        ]),
      ]),
    ).toBe(ExitCode.usage);
    expect(output.stderr).toContain('unknown comparison field "surnam"');
    // Options that would do nothing are refused, not dropped.
    expect(await main(['link', '--size', '1000', '--threshold', '5'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--threshold is the match-weight threshold');
    expect(
      await main(['link', '--size', '1000', '--estimate', 'em', '--model', 'model.json']),
    ).toBe(ExitCode.usage);
    expect(output.stderr).toContain('give either --model');
    expect(await main(['link', '--size', '1000', '--term-frequency'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--term-frequency weighs the model that --estimate fits');
  });

  it('checks the rules before generating anything or making the output folder', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'namesake-link-')), 'out');
    output.stderr = '';
    const onlyUnknown = JSON.stringify({ name: 'r', all: [{ field: 'nope', atMost: 0 }] });
    expect(await main(['link', '--rule', onlyUnknown, '--out', out])).toBe(ExitCode.usage);
    expect(output.stderr).toBe(
      'namesake: match rule "r".all.0.field: unknown comparison field "nope" (known fields: given, surname, nameControl, nameOrder, dob, address, tin)\n',
    );
    const fuzzyOnly = JSON.stringify({ name: 'fuzzy', all: [{ field: 'given', atMost: 4 }] });
    expect(await main(['link', '--rule', fuzzyOnly, '--out', out])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('rule "fuzzy" cannot be blocked');
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a scenario file's population too large to hold, naming where the size came from", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-link-'));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ population: { size: 25_000_000 } }));
    expect(await main(['link', '--scenario', file])).toBe(ExitCode.usage);
    expect(output.stderr).toContain(`${file} population.size 25,000,000 is over 20,000,000`);
    expect(await main(['link', '--size', '30M'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--size 30,000,000 is over 20,000,000');
  });
});

describe('namesake link --term-frequency', () => {
  const output = captureOutput();
  it('weighs agreement on common names less, so fewer wrong matches pass the threshold', async () => {
    const run = async (extra: string[]) => {
      output.stdout = '';
      const out = mkdtempSync(join(tmpdir(), 'namesake-link-'));
      expect(
        await main([
          'link',
          '--size',
          '200k',
          '--seed',
          '8',
          '--estimate',
          'truth',
          '--threshold',
          '-6',
          '--out',
          out,
          '--json',
          ...extra,
        ]),
      ).toBe(ExitCode.ok);
      return JSON.parse(output.stdout) as Metrics;
    };
    const plain = await run([]);
    const adjusted = await run(['--term-frequency']);
    expect(adjusted.metrics.falsePositives).toBeLessThanOrEqual(plain.metrics.falsePositives);
    expect(adjusted.metrics.declared).not.toBe(plain.metrics.declared);
  });
});
