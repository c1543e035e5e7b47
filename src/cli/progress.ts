/**
 * A progress bar on stderr (so stdout stays clean for --json and pipes), with stage, count and
 * ETA; silent when stderr is not a terminal.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

export function progressBar(
  stage: string,
  total: number,
  unit: string,
  enabled = process.stderr.isTTY === true,
): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${stage} [{bar}] {value}/{total} ${unit} | {percentage}% | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** A progress bar for a run of several stages: one bar over the whole run, the stage named. */
export interface StagedProgress {
  update(fraction: number, stage: string): void;
  stop(): void;
}

export function stagedProgressBar(enabled = process.stderr.isTTY === true): StagedProgress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{stage} [{bar}] {percentage}% | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1000, 0, { stage: 'Starting' });
  return {
    update: (fraction, stage) => bar.update(Math.round(fraction * 1000), { stage }),
    stop: () => bar.stop(),
  };
}
