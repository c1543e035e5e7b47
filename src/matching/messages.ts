/**
 * Every user-facing error message of the engine, in one place, so tests and documentation can
 * name them. Each function returns the sentence a user sees; callers wrap it in `EngineError`.
 */
export class EngineError extends Error {
  constructor(
    readonly code: keyof typeof message,
    text: string,
  ) {
    super(text);
    this.name = 'EngineError';
  }
}

export const message = {
  datasetMissingColumns: (file: string, missing: string[]) =>
    `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`,
  datasetBadNumber: (file: string, row: number, column: string, value: string) =>
    `${file}, row ${row}, column "${column}": expected a number, found "${value}"`,
  datasetEmpty: (file: string) => `${file}: the file has no data rows`,
  datasetInvalid: (file: string, detail: string) => `${file}: ${detail}`,
  configInvalid: (path: string, detail: string) => `scenario ${path || '(root)'}: ${detail}`,
  populationTooLarge: (size: number, max: number) =>
    `population size ${size.toLocaleString('en-US')} is over the supported maximum of ${max.toLocaleString('en-US')}`,
} as const;

export function engineError<K extends keyof typeof message>(
  code: K,
  ...args: Parameters<(typeof message)[K]>
): EngineError {
  const build = message[code] as (...a: Parameters<(typeof message)[K]>) => string;
  return new EngineError(code, build(...args));
}
