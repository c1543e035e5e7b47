/**
 * The app and the command line give identical results for the same scenario and seed: the
 * engine worker's message handler, run here in Node with the in-thread executor, against
 * `namesake run` (one thread) on the same scenario file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { engineWorkerHandler } from '../../../renderer/src/engine/engineWorkerHandler';
import type { EngineReply } from '../../../renderer/src/engine/protocol';
import { runRun } from '../../../src/cli/commands/run';
import { InThreadExecutor } from '../../../src/matching/pipeline/executor';
import { funnelCsv } from '../../../src/matching/report/funnelCsv';
import { loadDatasets } from '../../../src/node/loadDatasets';
import { captureOutput } from '../../helpers/captureOutput';

const SCENARIO = {
  meta: { title: 'Small replay for the equivalence test' },
  population: { size: 150_000, seed: 7 },
  replay: { list: { sample: 250 } },
  monteCarlo: { replicates: 2 },
};

const dir = mkdtempSync(join(tmpdir(), 'namesake-app-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const output = captureOutput();

/** The engine worker's handler on the in-thread executor, and the replies it posts. */
function workerHandler() {
  const replies: EngineReply[] = [];
  const handle = engineWorkerHandler({
    datasets: () => Promise.resolve(loadDatasets()),
    executor: (datasets) => new InThreadExecutor(datasets),
    post: (reply) => replies.push(reply),
    now: () => performance.now(),
  });
  return { handle, replies };
}

async function appRun() {
  const { handle, replies } = workerHandler();
  await handle({ type: 'runReplay', id: 1, scenario: SCENARIO });
  const done = replies.find((r) => r.type === 'replayDone');
  if (!done || done.type !== 'replayDone')
    throw new Error(`no result: ${JSON.stringify(replies.at(-1))}`);
  return { done: done.done, replies };
}

describe('the app and the command line', () => {
  it(
    'give identical results, funnel and pairs for the same scenario and seed',
    { timeout: 240_000 },
    async () => {
      const file = join(dir, 'scenario.json');
      writeFileSync(file, JSON.stringify(SCENARIO));
      const out = join(dir, 'out');
      expect(await runRun(file, { threads: '1', out })).toBe(0);
      expect(output.stderr).not.toMatch(/error/i);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        results: unknown;
        scenario: unknown;
        seed: number;
      };

      const app = await appRun();
      expect(app.replies.some((r) => r.type === 'progress')).toBe(true);
      expect(JSON.parse(JSON.stringify(app.done.result))).toEqual(manifest.results);
      expect(JSON.parse(JSON.stringify(app.done.scenario))).toEqual(manifest.scenario);
      expect(app.done.scenario.population.seed).toBe(manifest.seed);
      expect(funnelCsv(app.done.result.funnel)).toBe(readFileSync(join(out, 'funnel.csv'), 'utf8'));
      expect(new TextDecoder().decode(app.done.pairsCsv)).toBe(
        gunzipSync(readFileSync(join(out, 'pairs.csv.gz'))).toString('utf8'),
      );
    },
  );

  it('reuses the population pass of an earlier run when only the cross-reference changes, and says so', async () => {
    const small = { ...SCENARIO, population: { size: 60_000, seed: 3 } };
    const variant = {
      ...small,
      replay: { ...small.replay, crossReference: { name: { kind: 'fuse', threshold: 0.3 } } },
    };
    const { handle, replies } = workerHandler();
    await handle({ type: 'runReplay', id: 1, scenario: small });
    await handle({ type: 'runReplay', id: 2, scenario: variant });
    const done = (id: number) => {
      const reply = replies.find((r) => r.type === 'replayDone' && r.id === id);
      if (!reply || reply.type !== 'replayDone') throw new Error(`no result for run ${id}`);
      return reply.done;
    };
    expect(done(1).populationPassesReused).toBe(0);
    expect(done(2).populationPassesReused).toBe(2);
    const progress = replies.filter((r) => r.type === 'progress' && r.id === 2);
    expect(progress.some((r) => r.type === 'progress' && /reused/.test(r.progress.label))).toBe(
      true,
    );

    // A fresh worker gives the variant the same numbers.
    const fresh = workerHandler();
    await fresh.handle({ type: 'runReplay', id: 5, scenario: variant });
    const alone = fresh.replies.find((r) => r.type === 'replayDone');
    if (!alone || alone.type !== 'replayDone') throw new Error('no fresh result');
    expect(alone.done.populationPassesReused).toBe(0);
    expect(JSON.stringify(done(2).result)).toBe(JSON.stringify(alone.done.result));
  });

  it('reports a malformed scenario with its JSON path, as the command line does', async () => {
    const { handle, replies } = workerHandler();
    await handle({ type: 'runReplay', id: 9, scenario: { population: { size: 'many' } } });
    expect(replies).toEqual([
      { type: 'failed', id: 9, message: expect.stringMatching(/^scenario population\.size: /) },
    ]);
  });

  it('answers a cancelled run with "cancelled"', async () => {
    const replies: EngineReply[] = [];
    const handle = engineWorkerHandler({
      datasets: () => Promise.resolve(loadDatasets()),
      executor: (datasets) =>
        new InThreadExecutor(datasets, () => new Promise((resolve) => setTimeout(resolve, 0))),
      post: (reply) => replies.push(reply),
      now: () => performance.now(),
    });
    const running = handle({
      type: 'runReplay',
      id: 3,
      scenario: { ...SCENARIO, population: { size: 3_000_000, seed: 1 } },
    });
    await handle({ type: 'cancel', id: 3 });
    await running;
    expect(replies.at(-1)).toEqual({ type: 'cancelled', id: 3 });
  });
});
