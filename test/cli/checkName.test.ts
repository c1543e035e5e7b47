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
    expect(output.stdout).toContain('Kim Min-jun, born 1990');
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
    expect(output.stderr).toContain('--born expects a birth year');
    expect(await main([...args, '--born', '1990', '--community', 'martian'])).toBe(ExitCode.usage);
    expect(output.stderr).toContain('--community "martian" is not one of general, korean');
    expect(await main(['check-name', '--surname', '김', '--given', '민준', '--born', '1990'])).toBe(
      ExitCode.usage,
    );
    expect(output.stderr).toContain('--surname "김" has no Latin letters');
  });

  it('puts a warning about an unlisted name above the counts', async () => {
    output.stdout = '';
    const args = ['check-name', '--surname', 'Kim', '--given', 'Minjunx', '--born', '1990'];
    expect(await main(args)).toBe(ExitCode.ok);
    expect(output.stdout).toMatch(/^Warning: the given name "MINJUNX" is not in/);
  });
});
