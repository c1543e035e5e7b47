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
  /** `total`: a new total, when the work turned out longer than planned. */
  update(done: number, total?: number): void;
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
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined && newTotal !== bar.getTotal()) bar.setTotal(newTotal);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

/** A progress bar for a run of several stages: one bar over the whole run, the stage named. */
export interface StagedProgress {
  update(fraction: number, stage: string): void;
  stop(): void;
}

/**
 * `enabled`: a bar on a terminal; without a terminal (a log file, a pipe) pass `log` true for a
 * line at every tenth of the run instead, so a run in the background still shows where it is.
 */
export function stagedProgressBar(
  enabled = process.stderr.isTTY === true,
  log = false,
  write: (line: string) => void = (line) => process.stderr.write(line),
): StagedProgress {
  if (!enabled && log) {
    let tenth = 0;
    const started = Date.now();
    return {
      update: (fraction, stage) => {
        const now = Math.floor(fraction * 10);
        if (now <= tenth) return;
        tenth = now;
        const seconds = (Date.now() - started) / 1000;
        const left = fraction > 0 ? (seconds * (1 - fraction)) / fraction : null;
        write(
          `${String(now * 10).padStart(3)} % after ${Math.round(seconds)} s${left !== null && now < 10 ? `, about ${Math.round(left)} s left` : ''}: ${stage}\n`,
        );
      },
      stop: () => undefined,
    };
  }
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
