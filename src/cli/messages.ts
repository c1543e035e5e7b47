/**
 * Every message the command line prints for a problem, in one place, and its exit codes.
 */
export const ExitCode = {
  ok: 0,
  /** The run failed: unreadable datasets, an engine error, a worker crash. */
  failure: 1,
  /** The command was called wrongly: unknown option, bad number, invalid scenario. */
  usage: 2,
  /** Stopped by Ctrl-C (SIGINT); what was finished is reported. */
  interrupted: 130,
} as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const cliMessage = {
  notAnInteger: (option: string, value: string) =>
    `${option} expects a whole number, got "${value}"`,
  outOfRange: (option: string, value: number, min: number, max: number) =>
    `${option} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}, got ${value.toLocaleString('en-US')}`,
  scenarioUnreadable: (file: string, reason: string) =>
    `cannot read scenario file ${file}: ${reason}`,
  scenarioNotJson: (file: string, reason: string) =>
    `scenario file ${file} is not valid JSON: ${reason}`,
  scenarioInvalid: (file: string, detail: string) => `scenario file ${file}: ${detail}`,
  interrupted: (done: number, total: number) =>
    `interrupted: summarising the ${done} of ${total} shards already generated`,
  workerFailed: (detail: string) => `a worker thread failed: ${detail}`,
} as const;

export const linkMessage = {
  unknownRule: (rule: string, known: readonly string[]) =>
    `--rule "${rule}" is neither a preset (${known.join(', ')}) nor a JSON rule`,
  modelUnreadable: (file: string, reason: string) => `cannot read model file ${file}: ${reason}`,
  rulesAndModel: () => 'give either --rule or --model/--estimate, not both',
  tooLargeInMemory: (size: number, max: number) =>
    `namesake link holds the population in memory: --size ${size.toLocaleString('en-US')} is over ${max.toLocaleString('en-US')}; the streamed replay for full scale arrives with issue #4`,
} as const;
