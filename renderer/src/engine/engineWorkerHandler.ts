/**
 * What the engine worker does with each request from the app: run a replay through an
 * executor (progress posted as it goes, cancel honoured between shards), check a name, read a
 * CSV file's header, link CSV files. Runtime-neutral, so a test can drive it in Node with the
 * in-thread executor and compare its result with the command line's.
 */
import type { Datasets } from '../../../src/matching/datasets/parse';
import { EngineError } from '../../../src/matching/messages';
import { checkName } from '../../../src/matching/namesakes/checkName';
import type { ShardExecutor } from './pipelineShim';
import { runReplay } from './pipelineShim';
import { parseScenario } from '../../../src/matching/scenario';
import { linkCsvFiles } from '../importing/linkCsvFiles';
import { previewCsv } from '../importing/readCsvFile';
import type { EngineReply, EngineRequest, Post } from './protocol';

export interface EngineContext {
  datasets(): Promise<Datasets>;
  /** The executor replays run on (kept for the worker's life). */
  executor(datasets: Datasets): ShardExecutor;
  post: Post<EngineReply>;
  now(): number;
}

export function engineWorkerHandler(context: EngineContext) {
  const running = new Map<number, AbortController>();
  let executor: ShardExecutor | null = null;

  async function replay(id: number, input: unknown) {
    const started = context.now();
    const scenario = parseScenario(input);
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const datasets = await context.datasets();
      executor ??= context.executor(datasets);
      const result = await runReplay(scenario, datasets, {
        executor,
        signal: controller.signal,
        onProgress: (progress) => context.post({ type: 'progress', id, progress }),
      });
      if (controller.signal.aborted) return context.post({ type: 'cancelled', id });
      const seconds = (context.now() - started) / 1000;
      context.post({ type: 'replayDone', id, done: { result, scenario, seconds } });
    } catch (error) {
      if (controller.signal.aborted) return context.post({ type: 'cancelled', id });
      throw error;
    } finally {
      running.delete(id);
    }
  }

  async function handle(request: EngineRequest): Promise<void> {
    switch (request.type) {
      case 'cancel':
        running.get(request.id)?.abort();
        return;
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
