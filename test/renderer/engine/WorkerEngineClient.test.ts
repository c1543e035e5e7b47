import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunCancelled } from '../../../renderer/src/engine/EngineClient';
import type { EngineReply, EngineRequest } from '../../../renderer/src/engine/protocol';
import {
  CANCEL_GRACE_MS,
  WorkerEngineClient,
  type EngineWorker,
} from '../../../renderer/src/engine/WorkerEngineClient';

interface FakeWorker extends EngineWorker {
  sent: EngineRequest[];
  terminated: boolean;
  reply(message: EngineReply): void;
}

function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.sent.push(message),
    terminate: () => (worker.terminated = true),
    reply: (message) => worker.onmessage?.({ data: message } as MessageEvent<EngineReply>),
  };
  return worker;
}

afterEach(() => vi.useRealTimers());

describe('WorkerEngineClient', () => {
  it('routes progress to the run that asked and resolves it with its result', async () => {
    const worker = fakeWorker();
    const client = new WorkerEngineClient(() => worker);
    const progress: number[] = [];
    const run = client.runReplay({ population: {} }, (p) => progress.push(p.fraction));
    expect(worker.sent).toEqual([{ type: 'runReplay', id: 1, scenario: { population: {} } }]);
    worker.reply({
      type: 'progress',
      id: 1,
      progress: {
        stage: 's',
        label: 'l',
        replicate: 0,
        replicates: 1,
        fraction: 0.5,
        etaSeconds: 1,
      },
    });
    worker.reply({ type: 'failed', id: 1, message: 'scenario population.size: too big' });
    await expect(run.done).rejects.toThrow('scenario population.size: too big');
    expect(progress).toEqual([0.5]);
  });

  it('cancels through the worker when it answers in time', async () => {
    const worker = fakeWorker();
    const client = new WorkerEngineClient(() => worker);
    const run = client.runReplay({}, () => {});
    run.cancel();
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', id: 1 });
    worker.reply({ type: 'cancelled', id: 1 });
    await expect(run.done).rejects.toBeInstanceOf(RunCancelled);
    expect(worker.terminated).toBe(false);
  });

  it('stops a worker that does not answer a cancel, and starts a fresh one', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const client = new WorkerEngineClient(() => {
      workers.push(fakeWorker());
      return workers.at(-1)!;
    });
    const run = client.runReplay({}, () => {});
    const check = client.checkName({ given: 'A', surname: 'B', born: 1990 });
    run.cancel();
    vi.advanceTimersByTime(CANCEL_GRACE_MS + 1);
    await expect(run.done).rejects.toBeInstanceOf(RunCancelled);
    await expect(check).rejects.toThrow(/restarted/);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    void client.checkName({ given: 'A', surname: 'B', born: 1990 });
    expect(workers[1]!.sent).toHaveLength(1);
  });
});
