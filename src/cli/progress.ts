/**
 * A progress bar on stderr (so stdout stays clean for --json and pipes), with stage, count and
 * ETA; silent when stderr is not a terminal.
 */
import cliProgress from 'cli-progress';

/**
 * The ETA as cli-progress writes it, except while it cannot be estimated yet: cli-progress then
 * passes 'INF' or 'NULL' to a formatter that pads numbers to two characters, and prints "NFs".
 */
export const formatEta: cliProgress.TimeFormatter = (t, options, roundTo) =>
  typeof t === 'number' && Number.isFinite(t)
    ? cliProgress.Format.TimeFormat(t, options, roundTo)
    : 'estimating…';

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
      formatTime: formatEta,
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
      formatTime: formatEta,
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
