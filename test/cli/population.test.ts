import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from '../helpers/captureOutput';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import type { PopulationReport } from '../../src/cli/commands/population';

const output = captureOutput();

describe('namesake population', () => {
  it('prints a JSON summary that is the same for the same seed', async () => {
    expect(
      await main(['population', '--size', '40000', '--seed', '9', '--threads', '1', '--json']),
    ).toBe(ExitCode.ok);
    const first = JSON.parse(output.stdout) as PopulationReport;
    expect(first.summary.people).toBe(40_000);
    expect(first.complete).toBe(true);
    expect(first.config.seed).toBe(9);
    expect(first.summary.topSurnames.length).toBe(10);
    output.stdout = '';
    await main(['population', '--size', '40k', '--seed', '9', '--threads', '1', '--json']);
    const second = JSON.parse(output.stdout) as PopulationReport;
    expect(second.summary).toEqual(first.summary);
  });

  it('prints a readable summary by default', async () => {
    expect(await main(['population', '--size', '20000', '--threads', '1'])).toBe(ExitCode.ok);
    expect(output.stdout).toContain('Population: 20,000 people');
    expect(output.stdout).toContain('D_eff');
    expect(output.stdout).toContain('Top surnames:');
  });

  it('rejects a bad size with a message naming the option', async () => {
    expect(await main(['population', '--size', 'lots'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--size expects a whole number, got "lots"');
    expect(await main(['population', '--size', '0'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--size must be between 1 and');
    expect(await main(['population', '--seed', '-1'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--seed must be between 0 and 4,294,967,295, got -1');
    // Above the scenario schema's bound, the option is named, not "scenario population.size".
    output.stderr = '';
    expect(await main(['population', '--size', '2.1e9'])).toBe(ExitCode.usage);
    expect(output.stderr).toBe(
      'namesake: --size must be between 1 and 2,000,000,000, got 2,100,000,000\n',
    );
  });

  it('names the JSON path of a bad scenario value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ population: { foreignBornShare: { korean: 1.7 } } }));
    expect(await main(['population', '--scenario', file, '--size', '1000'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('population.foreignBornShare.korean');
    writeFileSync(file, '{ "population": ');
    expect(await main(['population', '--scenario', file])).toBe(ExitCode.usage);
    expect(output.stderr).toContain(
      `scenario file ${file} is not valid JSON: line 1, column 17, at the end of the text: expected a value`,
    );
    // A byte-order mark (Windows Notepad) is not a problem; a comment, on line 2, is.
    writeFileSync(file, '\uFEFF{ "population": { "size": 1000 } }');
    expect(await main(['population', '--scenario', file, '--json'])).toBe(ExitCode.ok);
    writeFileSync(file, '{\n  // small\n  "population": { "size": 1000 }\n}');
    expect(await main(['population', '--scenario', file])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('line 2, column 3: a comment: JSON has none');
    expect(await main(['population', '--scenario', join(dir, 'missing.json')])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('no scenario file');
    expect(output.stderr).toContain('missing.json: check the path');
    // A folder, and a preset by name (as namesake run takes it).
    expect(await main(['population', '--scenario', dir, '--size', '1000'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('is a folder, not a scenario file');
    output.stdout = '';
    expect(await main(['population', '--scenario', 'korean-neighborhood', '--size', '1000'])).toBe(
      ExitCode.ok,
    );
  });

  it('applies a scenario file and lets --size override it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-'));
    const file = join(dir, 'korean.json');
    writeFileSync(
      file,
      JSON.stringify({ population: { size: 5, seed: 4, communityShare: { korean: 0.5 } } }),
    );
    expect(
      await main(['population', '--scenario', file, '--size', '30000', '--threads', '1', '--json']),
    ).toBe(ExitCode.ok);
    const report = JSON.parse(output.stdout) as PopulationReport;
    expect(report.summary.people).toBe(30_000);
    expect(report.config.seed).toBe(4);
    const korean = report.summary.communities.find((c) => c.community === 'korean')!;
    expect(korean.people / report.summary.people).toBeGreaterThan(0.4);
  });

  it("takes the scenario file's size without --size", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-'));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ population: { size: 25_000, seed: 4 } }));
    expect(await main(['population', '--scenario', file, '--threads', '1', '--json'])).toBe(
      ExitCode.ok,
    );
    expect((JSON.parse(output.stdout) as PopulationReport).summary.people).toBe(25_000);
  });

  it('checks the whole scenario file as namesake run does: keys, members and version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'namesake-'));
    const file = join(dir, 'bad.json');
    const refused = async (scenario: unknown, message: string) => {
      writeFileSync(file, JSON.stringify(scenario));
      output.stderr = '';
      expect(await main(['population', '--scenario', file, '--size', '1000'])).toBe(ExitCode.usage);
      expect(output.stderr).toContain(file);
      expect(output.stderr).toContain(message);
    };
    await refused({ population: { sise: 1000 } }, 'population: unknown key "sise" (misspelt?)');
    await refused(
      { population: { communityShare: { klingon: 0.3 } } },
      'population.communityShare: unknown key "klingon"',
    );
    await refused({ populaton: { size: 1000 } }, 'unknown key "populaton"');
    await refused({ version: 9, population: {} }, 'newer than this Namesake reads');
    await refused({ replay: { list: { sizee: 3 } } }, 'unknown key "sizee"');
  });
});
