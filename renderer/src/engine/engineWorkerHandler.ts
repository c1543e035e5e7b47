/**
 * What the engine worker does with each request from the app: run a replay through an
 * executor (progress posted as it goes, cancel honoured between shards), check a name, read a
 * CSV file's header, link CSV files. Runtime-neutral, so a test can drive it in Node with the
 * in-thread executor and compare its result with the command line's.
 */
import type { Datasets } from '../../../src/matching/datasets/parse';
import { EngineError } from '../../../src/matching/messages';
import { checkName } from '../../../src/matching/namesakes/checkName';
import type { ShardExecutor } from '../../../src/matching/pipeline/executor';
import type { PairRow } from '../../../src/matching/pipeline/pairRows';
import { PassOneCache } from '../../../src/matching/pipeline/passOne';
import { replayThreads, runReplay } from '../../../src/matching/pipeline/runReplay';
import { pairsCsv } from '../../../src/matching/report/pairsCsv';
import { parseScenario } from '../../../src/matching/scenario';
import { linkCsvFiles } from '../importing/linkCsvFiles';
import { previewCsv } from '../importing/readCsvFile';
import type { EngineReply, EngineRequest, Post, ReplayDone } from './protocol';

export interface EngineContext {
  datasets(): Promise<Datasets>;
  /** The executor replays run on (kept for the worker's life). */
  executor(datasets: Datasets): ShardExecutor;
  post: Post<EngineReply>;
  now(): number;
}

/**
 * Bytes of finished population passes the worker keeps (pipeline/passOne.ts), so a run that
 * changes only the cross-reference, the list's size or sample, or the examples skips the
 * population: about three replicates of the full irs-ice-2025 replay.
 */
const PASS_ONE_BYTES = 512 * 2 ** 20;

export function engineWorkerHandler(context: EngineContext) {
  const running = new Map<number, AbortController>();
  let executor: ShardExecutor | null = null;
  const passOne = new PassOneCache(PASS_ONE_BYTES);

  async function replay(id: number, input: unknown) {
    const started = context.now();
    const scenario = parseScenario(input);
    const controller = new AbortController();
    running.set(id, controller);
    const stages: ReplayDone['stages'] = [];
    let stage = { key: '', started };
    const closeStage = (at: number) => {
      if (stage.key === '') return;
      const [name, replicate] = stage.key.split('#') as [string, string];
      stages.push({
        stage: name,
        replicate: Number(replicate),
        seconds: (at - stage.started) / 1000,
      });
    };
    let pairs: PairRow[] = [];
    let populationPassesReused = 0;
    try {
      const datasets = await context.datasets();
      const pool = (executor ??= context.executor(datasets));
      const result = await runReplay(scenario, datasets, {
        executor: pool,
        signal: controller.signal,
        passOne,
        onPassOneReused: () => populationPassesReused++,
        onPairs: (rows) => (pairs = rows),
        onProgress: (progress) => {
          if (controller.signal.aborted) return;
          const key = `${progress.stage}#${progress.replicate}`;
          if (key !== stage.key) {
            const at = context.now();
            closeStage(at);
            stage = { key, started: at };
          }
          context.post({ type: 'progress', id, progress });
        },
      });
      // Cancelled: 'cancelled' was posted when the cancel arrived; what finished is discarded.
      if (controller.signal.aborted) return;
      const finished = context.now();
      closeStage(finished);
      const csv = new TextEncoder().encode(pairsCsv(pairs));
      const done: ReplayDone = {
        result,
        scenario,
        seconds: (finished - started) / 1000,
        stages,
        // The threads that ran shards: no more than a replicate has (OneShardInThread, and
        // WorkerShardExecutor starts no more workers than a task has shards).
        threads: replayThreads(pool.threads, [scenario]),
        populationPassesReused,
        pairsCsv: csv,
      };
      context.post({ type: 'replayDone', id, done }, [csv.buffer as ArrayBuffer]);
    } catch (error) {
      if (controller.signal.aborted) return;
      throw error;
    } finally {
      running.delete(id);
    }
  }

  async function handle(request: EngineRequest): Promise<void> {
    switch (request.type) {
      case 'cancel': {
        const controller = running.get(request.id);
        if (!controller) return;
        controller.abort();
        running.delete(request.id);
        // Stop the shard workers now rather than after their shards; the next run starts a pool.
        const stopped = executor;
        executor = null;
        await stopped?.close();
        return context.post({ type: 'cancelled', id: request.id });
      }
      case 'runReplay':
        return replay(request.id, request.scenario);
      case 'checkName': {
        const answer = checkName(await context.datasets(), request.query);
        return context.post({ type: 'nameChecked', id: request.id, answer });
      }
      case 'previewCsv': {
        const { headers, rows } = await previewCsv(request.file);
        return context.post({ type: 'csvPreview', id: request.id, headers, rows });
      }
      case 'linkCsv': {
        const report = await linkCsvFiles(request.request, await context.datasets(), (progress) =>
          context.post({ type: 'csvProgress', id: request.id, progress }),
        );
        return context.post({ type: 'csvLinked', id: request.id, report });
      }
    }
  }

  return async (request: EngineRequest): Promise<void> => {
    try {
      await handle(request);
    } catch (error) {
      const message =
        error instanceof EngineError || error instanceof Error ? error.message : String(error);
      context.post({ type: 'failed', id: request.id, message });
    }
  };
}
