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
}

interface Pending {
  resolve: (reply: EngineReply) => void;
  reject: (error: Error) => void;
  onProgress?: (reply: EngineReply) => void;
}

export class WorkerEngineClient implements EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: EngineWorker) {
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      const error = new Error(appMessage.workerCrashed(event.message || 'unknown error'));
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
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
      cancel: () => this.worker.postMessage({ type: 'cancel', id }),
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

/** The engine worker of the built app. */
export function startEngineWorker(): WorkerEngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'namesake-engine',
  });
  return new WorkerEngineClient(worker as unknown as EngineWorker);
}
