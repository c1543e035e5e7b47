/**
 * The `namesake` command line. Each command lives in commands/; errors are reported as one
 * line on stderr with a documented exit code (messages.ts).
 */
import { Command, CommanderError } from 'commander';
import { EngineError } from '../matching/messages';
import { registerCalibrate } from './commands/calibrate';
import { registerCheckName } from './commands/checkName';
import { registerLink } from './commands/link';
import { registerLinkCsv } from './commands/linkCsv';
import { registerPopulation } from './commands/population';
import { registerRun } from './commands/run';
import { registerSweep } from './commands/sweep';
import { ExitCode, UsageError } from './messages';
import { version } from './version';

/**
 * Engine errors that mean the user's input is wrong (exit code 2): a scenario (the message
 * names the JSON path), a rule, or blocking too coarse for the files (the message names the block).
 */
const SCENARIO_ERRORS = new Set<string>([
  'configInvalid',
  'scenarioTooNew',
  'scenarioNotAParameter',
  'scenarioUnknownPreset',
  'sweepAxisInvalid',
  // A rule given on the command line or in a scenario's link member: the user's to mend.
  'matchRuleInvalid',
  'matchRuleUnknownField',
  'ruleNotBlockable',
  'tooManyCandidatePairs',
]);

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('namesake')
    .description(
      'Record-matching simulator: how many "matches" between government files are the wrong person.',
    )
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  let exitCode: number = ExitCode.ok;
  registerPopulation(program, (code) => (exitCode = code));
  registerLink(program, (code) => (exitCode = code));
  registerLinkCsv(program, (code) => (exitCode = code));
  registerRun(program, (code) => (exitCode = code));
  registerCheckName(program, (code) => (exitCode = code));
  registerSweep(program, (code) => (exitCode = code));
  registerCalibrate(program, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (
      error instanceof UsageError ||
      (error instanceof EngineError && SCENARIO_ERRORS.has(error.code))
    ) {
      process.stderr.write(`namesake: ${error.message}\n`);
      return ExitCode.usage;
    }
    process.stderr.write(`namesake: ${(error as Error).message}\n`);
    return ExitCode.failure;
  }
}
