/** Runs a scenario in the engine and keeps its state: progress, the finished runs, an error. */
import { useCallback, useRef, useState } from 'react';
import type { ReplayProgress } from '../../../src/matching/pipeline/ReplayResult';
import type { DesktopApi } from '../desktopApi';
import { RunCancelled, type EngineClient, type ReplayRun } from '../engine/EngineClient';
import type { CompletedRun } from '../engine/runTypes';
import { appMessage } from '../messages';
import { DATA_SOURCES } from '../report/dataSources';
import { recordRunTime } from '../scenario/runSettings';

export type RunStatus =
  | { kind: 'idle' }
  | { kind: 'running'; title: string; progress: ReplayProgress | null }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export interface RunRequest {
  title: string;
  source: string;
  draft: unknown;
  /** How the run's settings differ from the scenario's (quick settings), or null. */
  settingsNote: string | null;
  /** Whether the run models one region of a national scenario (its counts are the region's). */
  regional: boolean;
}

export function useReplayRunner(engine: EngineClient, api: DesktopApi) {
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const [runs, setRuns] = useState<CompletedRun[]>([]);
  const current = useRef<ReplayRun | null>(null);
  const nextId = useRef(1);

  const start = useCallback(
    async (request: RunRequest): Promise<CompletedRun | null> => {
      current.current?.cancel();
      setStatus({ kind: 'running', title: request.title, progress: null });
      const run = engine.runReplay(request.draft, (progress) =>
        setStatus((s) => (s.kind === 'running' ? { ...s, progress } : s)),
      );
      current.current = run;
      try {
        const [done, version] = await Promise.all([run.done, api.appVersion()]);
        const seed = done.scenario.population.seed;
        const completed: CompletedRun = {
          id: nextId.current++,
          scenarioTitle: request.title,
          seed,
          result: done.result,
          pairsCsv: done.pairsCsv,
          settingsNote: request.settingsNote,
          regional: request.regional,
          manifest: {
            command: 'run',
            version,
            source: request.source,
            complete: done.result.run.complete,
            note: done.result.run.note,
            seed,
            replicates: done.scenario.monteCarlo.replicates,
            threads: done.threads,
            scenario: done.scenario,
            timings: {
              totalSeconds: done.seconds,
              stages: done.stages,
              ...(done.populationPassesReused > 0
                ? { populationPassesReused: done.populationPassesReused }
                : {}),
            },
            results: done.result,
            createdAt: new Date().toISOString(),
            dataSources: [...DATA_SOURCES],
          },
        };
        // A run that reused a population pass says nothing about how long a fresh one takes.
        if (done.populationPassesReused === 0) recordRunTime(done.scenario, done.seconds);
        setRuns((r) => [...r, completed]);
        setStatus({ kind: 'idle' });
        return completed;
      } catch (error) {
        if (error instanceof RunCancelled) setStatus({ kind: 'cancelled' });
        else setStatus({ kind: 'failed', message: appMessage.runFailed((error as Error).message) });
        return null;
      } finally {
        if (current.current === run) current.current = null;
      }
    },
    [engine, api],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  /** Clears the "cancelled" notice (it stays until the user moves on). */
  const dismissCancelled = useCallback(
    () => setStatus((s) => (s.kind === 'cancelled' ? { kind: 'idle' } : s)),
    [],
  );
  return { status, runs, start, cancel, dismissCancelled };
}
