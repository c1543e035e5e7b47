import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import { prepareOutDir, startOutFile } from '../../src/cli/outputPaths';
import { captureOutput } from '../helpers/captureOutput';

const output = captureOutput();

describe('output paths', () => {
  it('are made or started before the work, and a bad one is named with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-out-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'kept');
    prepareOutDir(join(dir, 'new', 'nested'));
    expect(() => prepareOutDir(file)).toThrow(
      `--out ${file}: cannot write the output folder there (a file of that name is in the way)`,
    );
    expect(readFileSync(file, 'utf8')).toBe('kept');
    startOutFile(join(dir, 'rows.csv'), 'header\n');
    expect(readFileSync(join(dir, 'rows.csv'), 'utf8')).toBe('header\n');
    expect(() => startOutFile(dir, 'x')).toThrow('(it is a folder)');
    expect(() => startOutFile(join(dir, 'missing', 'rows.csv'), 'x')).toThrow(
      '(its folder does not exist)',
    );
  });

  it('are checked by every command that writes, before it runs anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-out-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'kept');
    const scenario = join(dir, 'tiny.json');
    writeFileSync(scenario, JSON.stringify({ version: 1, population: { size: 2000 } }));
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'given,surname\nMIN,KIM\n');
    for (const args of [
      ['run', scenario, '--out', file],
      ['calibrate', scenario, '--out', file],
      ['sweep', scenario, '--param', 'replay.crossReference.name.threshold=0.2', '--out', dir],
      ['link', '--size', '2000', '--out', file],
      ['link-csv', '--left', csv, '--map', '{"given":"given","surname":"surname"}', '--out', file],
    ]) {
      output.stderr = '';
      expect(await main(args)).toBe(ExitCode.usage);
      expect(output.stderr).toContain('cannot write the output');
    }
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });
});
