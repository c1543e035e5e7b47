/**
 * Generates a population's shards on every core: one worker thread per core, each handed the
 * next shard as soon as it is free. Shards may finish in any order; the caller receives each
 * with its index (the summary does not depend on order). With one thread, or one shard, it
 * generates in this thread instead — the shards are identical either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { generateShard } from '../matching/population/generateShard';
import type { PopulationModel } from '../matching/population/model';
import { shardCount, shardPeople } from '../matching/population/population';
import { PopulationShard } from '../matching/population/PopulationShard';
import { DEFAULT_DATASETS_DIR } from '../node/loadDatasets';
import { cliMessage } from './messages';
import type { FromWorker, ToWorker, WorkerInit } from './workerProtocol';

export interface ShardPoolOptions {
  threads?: number;
  datasetsDir?: string;
  /** Called with each finished shard, in completion order. */
  onShard: (shard: PopulationShard) => void;
  /** Set to true (e.g. on Ctrl-C) to stop handing out shards; finished ones are kept. */
  signal?: { stopped: boolean };
}

export function defaultThreads(): number {
  return availableParallelism();
}

/** Resolves with the number of shards generated (fewer than all if stopped). */
export async function generateShards(
  model: PopulationModel,
  options: ShardPoolOptions,
): Promise<number> {
  const total = shardCount(model.config.size);
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), total));
  if (threads === 1) {
    let done = 0;
    for (let k = 0; k < total && !options.signal?.stopped; k++) {
      options.onShard(generateShard(model, k, shardPeople(model.config.size, k)));
      done++;
      // Let a pending SIGINT handler run between shards.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  }
  return runWorkers(model, total, threads, options);
}

export function workerUrl(): URL {
  // From the built bundle the worker is a sibling .mjs; from source (tsx) a sibling .ts.
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './shardWorker.ts' : './shardWorker.mjs', import.meta.url);
}

/**
 * Young generation of a shard worker's heap: 192 MB, that is semi-spaces of 64 MB instead of
 * V8's 16. A replay shard leaves tens of megabytes of short-lived objects (fuse.js searches,
 * name strings), which 16 MB semi-spaces scavenge about three times a shard. Measured on 8 Dec
 * 2026: one thread's processor time per replay shard fell from about 413 to 380 ms, and the
 * replay bench's population stage from 64.9 to 61.9 s (one run each).
 */
const YOUNG_GENERATION_MB = 192;

/**
 * A worker thread running shardWorker. Worker threads run the built bundle (out/cli): tsx's
 * loader does not reach worker threads, so tests of threaded runs use the built command line.
 */
export function startWorker(workerData: WorkerInit): Worker {
  return new Worker(workerUrl(), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

function runWorkers(
  model: PopulationModel,
  total: number,
  threads: number,
  options: ShardPoolOptions,
): Promise<number> {
  const init: WorkerInit = {
    mode: 'population',
    datasetsDir: options.datasetsDir ?? DEFAULT_DATASETS_DIR,
    config: model.config,
  };
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let running = threads;
    let failed = false;
    const workers: Worker[] = [];
    const finishOne = () => {
      running--;
      if (running === 0 && !failed) resolve(done);
    };
    const handOut = (worker: Worker) => {
      if (failed || options.signal?.stopped || next >= total) {
        worker.postMessage({ type: 'stop' } satisfies ToWorker);
        return;
      }
      worker.postMessage({ type: 'generate', shard: next++ } satisfies ToWorker);
    };
    for (let t = 0; t < threads; t++) {
      const worker = startWorker(init);
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') handOut(worker);
        else if (message.type === 'shard') {
          options.onShard(
            new PopulationShard(
              message.shard,
              message.people,
              message.households,
              message.addresses,
              message.buildings,
            ),
          );
          done++;
          handOut(worker);
        } else if (message.type === 'error') fail(message.message);
      });
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', finishOne);
    }
    function fail(detail: string) {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(new Error(cliMessage.workerFailed(detail)));
    }
  });
}
