import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ExitCode } from '../../src/cli/messages';
import type { NameCheck } from '../../src/matching/namesakes/checkName';
import { captureOutput } from '../helpers/captureOutput';

const output = captureOutput();

describe('namesake check-name', () => {
  it('answers in plain words, and as JSON', async () => {
    const args = ['check-name', '--surname', 'Kim', '--given', 'Min-jun', '--born', '1990'];
    expect(await main([...args, '--community', 'korean'])).toBe(ExitCode.ok);
    expect(output.stdout).toContain('Min-jun Kim, born 1990');
    expect(output.stdout).toContain('share the name and the birth year');
    expect(output.stdout).toContain('TIN + name control (IRS)');
    output.stdout = '';
    expect(await main([...args, '--community', 'korean', '--size', '1000000', '--json'])).toBe(
      ExitCode.ok,
    );
    const result = JSON.parse(output.stdout) as NameCheck;
    expect(result.populationSize).toBe(1_000_000);
    expect(result.rules).toHaveLength(5);
  });

  it('refuses a bad birth date or community with exit code 2', async () => {
    const args = ['check-name', '--surname', 'Kim', '--given', 'Min-jun'];
    expect(await main([...args, '--born', '1990-02-30'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--born "1990-02-30" is not a date of the calendar');
    expect(await main([...args, '--born', '2035'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain("--born 2035 is after the population's reference year 2025");
    expect(await main([...args, '--born', '1850'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--born expects a birth year');
    expect(await main([...args, '--born', '1990', '--community', 'martian'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--community "martian" is not one of general, korean');
    expect(await main(['check-name', '--surname', '김', '--given', '민준', '--born', '1990'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('--surname "김" has no Latin letters');
  });

  it("compares with the scenario's own request list and threshold, and states the date asked", async () => {
    output.stdout = '';
    const args = ['check-name', '--surname', 'Kim', '--given', 'Min-jun', '--born', '1990-04-17'];
    expect(
      await main([...args, '--community', 'korean', '--scenario', 'korean-neighborhood', '--json']),
    ).toBe(ExitCode.ok);
    const result = JSON.parse(output.stdout) as NameCheck;
    expect(result.birthDate).toBe('1990-04-17');
    // The neighbourhood's list is its own people on ICE's record, as `namesake run` makes it
    // (seed 1: 1,890 records), not the national 1.28 M.
    expect(result.list).toEqual({ size: 1_890, fuseThreshold: 0.6 });
    output.stdout = '';
    expect(
      await main([...args, '--community', 'korean', '--scenario', 'korean-neighborhood']),
    ).toBe(ExitCode.ok);
    expect(output.stdout).toContain('Min-jun Kim, born 1990-04-17');
    expect(output.stdout).toContain('on a 1,890-person request list');
  });

  it('puts a warning about an unlisted name above the counts', async () => {
    output.stdout = '';
    const args = ['check-name', '--surname', 'Kim', '--given', 'Minjunx', '--born', '1990'];
    expect(await main(args)).toBe(ExitCode.ok);
    expect(output.stdout).toMatch(/^Warning: the given name "MINJUNX" is not in/);
  });
});
