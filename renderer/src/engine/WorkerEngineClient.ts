/**
 * The app's EngineClient: one module worker running the engine (which starts one shard worker
 * per core), typed messages both ways, a promise per request, progress callbacks, and cancel.
 */
import type { ReplayProgress } from '../../../src/matching/pipeline/ReplayResult';
import type { CsvReadProgress } from '../importing/csvLinkTypes';
import { appMessage } from '../messages';
import { RunCancelled, type EngineClient, type ReplayRun } from './EngineClient';
import type { EngineReply, EngineRequest } from './protocol';

/** What the client needs of its worker (a Web Worker, or the handler itself in tests). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * How long a cancelled run may take to say so before its worker is stopped: the engine reads
 * the cancel between shards, but builds a population model in one go, which can take seconds.
 */
export const CANCEL_GRACE_MS = 400;

interface Pending {
  resolve: (reply: EngineReply) => void;
  reject: (error: Error) => void;
  onProgress?: (reply: EngineReply) => void;
}

export class WorkerEngineClient implements EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private worker: EngineWorker;

  constructor(private readonly startWorker: () => EngineWorker) {
    this.worker = this.start();
  }

  private start(): EngineWorker {
    const worker = this.startWorker();
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.rejectAll(() => new Error(appMessage.workerCrashed(event.message || 'unknown error')));
    };
    return worker;
  }

  private rejectAll(error: (id: number) => Error) {
    for (const [id, p] of this.pending) p.reject(error(id));
    this.pending.clear();
  }

  /** Stops the engine worker (and its shard workers) at once and starts a fresh one. */
  private restart(cancelled: number) {
    this.worker.terminate();
    this.rejectAll((id) =>
      id === cancelled ? new RunCancelled() : new Error(appMessage.engineRestarted()),
    );
    this.worker = this.start();
  }

  private receive(reply: EngineReply) {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress' || reply.type === 'csvProgress')
      return pending.onProgress?.(reply);
    this.pending.delete(reply.id);
    if (reply.type === 'failed') pending.reject(new Error(reply.message));
    else if (reply.type === 'cancelled') pending.reject(new RunCancelled());
    else pending.resolve(reply);
  }

  private request<T extends EngineReply['type']>(
    build: (id: number) => EngineRequest,
    expect: T,
    onProgress?: (reply: EngineReply) => void,
  ): { id: number; reply: Promise<Extract<EngineReply, { type: T }>> } {
    const id = this.nextId++;
    const reply = new Promise<Extract<EngineReply, { type: T }>>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (r) =>
          r.type === expect
            ? resolve(r as Extract<EngineReply, { type: T }>)
            : reject(new Error(`unexpected reply ${r.type}`)),
        reject,
        onProgress,
      });
    });
    this.worker.postMessage(build(id));
    return { id, reply };
  }

  runReplay(scenario: unknown, onProgress: (progress: ReplayProgress) => void): ReplayRun {
    const { id, reply } = this.request(
      (id) => ({ type: 'runReplay', id, scenario }),
      'replayDone',
      (r) => r.type === 'progress' && onProgress(r.progress),
    );
    return {
      done: reply.then((r) => r.done),
      cancel: () => {
        if (!this.pending.has(id)) return;
        this.worker.postMessage({ type: 'cancel', id });
        setTimeout(() => this.pending.has(id) && this.restart(id), CANCEL_GRACE_MS);
      },
    };
  }

  async checkName(query: Parameters<EngineClient['checkName']>[0]) {
    return (await this.request((id) => ({ type: 'checkName', id, query }), 'nameChecked').reply)
      .answer;
  }

  async previewCsv(file: File) {
    const r = await this.request((id) => ({ type: 'previewCsv', id, file }), 'csvPreview').reply;
    return { headers: r.headers, rows: r.rows };
  }

  async linkCsv(
    request: Parameters<EngineClient['linkCsv']>[0],
    onProgress: (progress: CsvReadProgress) => void,
  ) {
    const r = await this.request(
      (id) => ({ type: 'linkCsv', id, request }),
      'csvLinked',
      (reply) => reply.type === 'csvProgress' && onProgress(reply.progress),
    ).reply;
    return r.report;
  }
}

/** The engine worker of the built app (started again after a cancel that needed stopping it). */
export function startEngineWorker(): WorkerEngineClient {
  return new WorkerEngineClient(
    () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'namesake-engine',
      }) as unknown as EngineWorker,
  );
}
