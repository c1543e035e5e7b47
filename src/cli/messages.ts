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
  scenarioFileMissing: (file: string) => `no scenario file ${file}: check the path`,
  scenarioIsFolder: (file: string) => `${file} is a folder, not a scenario file`,
  scenarioNotJson: (file: string, reason: string) =>
    `scenario file ${file} is not valid JSON: ${reason}`,
  scenarioInvalid: (file: string, detail: string) => `scenario file ${file}: ${detail}`,
  interrupted: (done: number, total: number) =>
    done === 0
      ? `interrupted before the first of ${total} shards was generated: nothing to summarise`
      : `interrupted: summarising the ${done} of ${total} shards already generated`,
  workerFailed: (detail: string) => `a worker thread failed: ${detail}`,
  outDirUnusable: (option: string, dir: string, reason: string) =>
    `${option} ${dir}: cannot write the output folder there (${reason})`,
  outFileUnusable: (option: string, file: string, reason: string) =>
    `${option} ${file}: cannot write the output file (${reason})`,
} as const;

export const linkMessage = {
  unknownRule: (rule: string, known: readonly string[]) =>
    `--rule "${rule}" is neither a preset (${known.join(', ')}) nor a JSON rule`,
  ruleNotJson: (problem: string) => `--rule is not valid JSON: ${problem}`,
  modelUnreadable: (file: string, reason: string) => `cannot read model file ${file}: ${reason}`,
  rulesAndModel: () => 'give either --rule or --model/--estimate, not both',
  modelAndEstimate: () =>
    'give either --model (decide with a saved model) or --estimate (fit one now), not both',
  thresholdWithoutModel: () =>
    '--threshold is the match-weight threshold of a Fellegi–Sunter model: give it with --model or --estimate (rules have no threshold)',
  termFrequencyWithoutEstimate: () =>
    '--term-frequency weighs the model that --estimate fits: give --estimate too (a saved --model keeps its own setting)',
  tooLargeInMemory: (size: number, max: number, from: string) =>
    `namesake link holds the population in memory: ${from} ${size.toLocaleString('en-US')} is over ${max.toLocaleString('en-US')}; for a full-scale population use namesake run, whose replay streams it shard by shard`,
} as const;

export const linkCsvMessage = {
  mappingUnreadable: (file: string, reason: string) =>
    `cannot read mapping file ${file}: ${reason}`,
  mappingNotJson: (file: string, reason: string) => `mapping ${file} is not valid JSON: ${reason}`,
  csvUnreadable: (file: string, reason: string) => `cannot read CSV file ${file}: ${reason}`,
  rightMapWithoutRight: () =>
    '--right-map needs --right (without --right, the --left file is deduplicated with --map)',
  estimateTruthNeedsTruth: () =>
    '--estimate truth measures the model on the true matches: map a "truth" column in every file, or use --estimate em',
  badShare: (option: string, value: string) =>
    `${option} expects a share between 0 and 1 (e.g. 0.1 for 10 %), got "${value}"`,
  noTruth: () =>
    'Precision and recall need a truth column: map "truth" in every file to measure them.',
  unknownTruth: (file: string, records: number) =>
    `${file}: ${records.toLocaleString('en-US')} record${records === 1 ? ' has' : 's have'} no truth value; a declared pair with one of them counts as a wrong match`,
  rowsWithProblems: (file: string, rows: number) =>
    `${file}: ${rows.toLocaleString('en-US')} row${rows === 1 ? ' has' : 's have'} a value that cannot be read; kept, without that value:`,
} as const;

export const checkNameMessage = {
  badBorn: (value: string) =>
    `--born expects a birth year (1990) or a date (1990-04-17) between 1900 and 2040, got "${value}"`,
  bornAfterReference: (year: number, reference: number) =>
    `--born ${year} is after the population's reference year ${reference} (population.referenceYear): nobody in it is born then`,
  notACalendarDate: (value: string) =>
    `--born "${value}" is not a date of the calendar (no such month or day)`,
  unknownCommunity: (value: string, known: readonly string[]) =>
    `--community "${value}" is not one of ${known.join(', ')}`,
  noLetters: (option: string, value: string) =>
    `${option} "${value}" has no Latin letters: give the name as agencies write it in Latin script (e.g. KIM, MIN-JUN)`,
} as const;

export const runMessage = {
  interrupted: (note: string) => `interrupted: ${note}; what was finished is in the output folder`,
  interruptedEmpty: (dir: string) =>
    `interrupted before any shard was finished: nothing to report (a partial manifest is in ${dir})`,
  wrote: (dir: string) => `Wrote manifest.json, funnel.csv and pairs.csv.gz to ${dir}`,
  partialBeside: (out: string, folder: string) =>
    `${out} holds a complete run: this stopped run's files go to ${folder} instead`,
  cannotWrite: (dir: string, reason: string) =>
    `cannot write the run's files in ${dir} (${reason}); the folder's earlier files are unchanged`,
  partialHeadline: (note: string) => `INCOMPLETE RUN — ${note}. Read the numbers below as such.`,
} as const;

export const sweepMessage = {
  noParam: () =>
    'give at least one --param path=values, e.g. --param replay.crossReference.name.threshold=0.2,0.4,0.6',
  written: (done: number, total: number, file: string) =>
    done === total
      ? `${done} of ${total} points written to ${file}`
      : `interrupted: ${done} of ${total} points written to ${file} (the rows finished are kept)`,
} as const;

export const calibrateMessage = {
  proxyNotSmaller: (proxy: number, size: number) =>
    `--proxy-size ${proxy.toLocaleString('en-US')} is not smaller than the scenario's population of ${size.toLocaleString('en-US')}: a proxy is a smaller, faster population (leave --proxy-size out to calibrate at full size)`,
  badParam: (spec: string) =>
    `--param "${spec}" must be path=low:high with low < high and path a number of the scenario, e.g. replay.list.agency.noise.tinMissing=0.8:0.97`,
  badValue: (spec: string, value: number, reason: string) =>
    `--param "${spec}": ${value} is not a value the parameter accepts (${reason})`,
  interruptedEarly: () => 'interrupted before the first run finished: nothing to report',
  runDone: (runs: number, planned: number, distance: number) =>
    `calibrate: run ${runs} of at most ${planned}, D = ${distance.toFixed(2)}`,
} as const;
