/** Every message the app itself shows (the engine's own are in src/matching/messages.ts). */
export const appMessage = {
  scenarioNotJson: (file: string, detail: string) =>
    `${file} is not a valid scenario: it is not JSON (${detail}).`,
  scenarioNotObject: (file: string) =>
    `${file} is not a valid scenario: expected a JSON object such as { "population": { … } }.`,
  scenarioInvalid: (file: string, detail: string) => `${file} is not a valid scenario: ${detail}.`,
  droppedFileKind: (file: string) =>
    `${file}: drop a scenario (.json) or a CSV file (.csv, .csv.gz).`,
  runFailed: (detail: string) => `The run stopped with an error: ${detail}`,
  runCancelled: () => 'The run was cancelled; the results of the last finished run are kept.',
  draftInvalid: (count: number) =>
    `The scenario has ${count} problem${count === 1 ? '' : 's'}: fix ${count === 1 ? 'it' : 'them'} (marked in red) before running.`,
  engineRestarted: () => 'The engine was restarted to stop a cancelled run; please ask again.',
  workerCrashed: (detail: string) => `The engine's worker stopped unexpectedly: ${detail}`,
} as const;
