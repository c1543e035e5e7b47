/** Captures what the command line writes to stdout and stderr during a test. */
import { afterEach, beforeEach, vi } from 'vitest';

export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/** Installs the capture around every test of the calling file; read the returned object. */
export function captureOutput(): CapturedOutput {
  const captured: CapturedOutput = { stdout: '', stderr: '' };
  beforeEach(() => {
    captured.stdout = '';
    captured.stderr = '';
    for (const stream of ['stdout', 'stderr'] as const) {
      vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
        captured[stream] += String(chunk);
        return true;
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
