import { describe, expect, it } from 'vitest';
import { ReplayRunner } from '../../src/cli/replayEvaluation';
import { REUSED_PASS_COST } from '../../src/matching/pipeline/runReplay';
import { parseScenario, type ScenarioInput } from '../../src/matching/scenario';
import { SHARD_SIZE } from '../../src/matching/population/PopulationShard';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../src/node/loadDatasets';

const BASE: ScenarioInput = {
  population: { size: 40_000, seed: 2, communityShare: { korean: 0.2 } },
  monteCarlo: { replicates: 2 },
};
const withReplay = (replay: ScenarioInput['replay']) => parseScenario({ ...BASE, replay });

describe('ReplayRunner', () => {
  it("plans a point that an earlier point's population passes serve at a tenth of its cost", async () => {
    const runner = new ReplayRunner(loadDatasets(), 1, DEFAULT_DATASETS_DIR);
    try {
      const base = parseScenario(BASE);
      const crossReference = withReplay({
        crossReference: { name: { kind: 'fuse', threshold: 0.2 } },
      });
      const passOne = withReplay({ irs: { noise: { staleAddress: 0.5 } } });
      const reusedPoint = 2 * REUSED_PASS_COST;
      expect(runner.plannedCosts([base, crossReference, passOne, base])).toEqual([
        2,
        reusedPoint,
        2,
        reusedPoint,
      ]);
      // Seed 3's first replicate is seed 2's second: one of its two passes is made already.
      const reseeded = parseScenario({ ...BASE, population: { ...BASE.population, seed: 3 } });
      expect(runner.plannedCosts([base, reseeded])).toEqual([2, 1 + REUSED_PASS_COST]);

      // Points sharing their passes run one after another, in the order each set appears.
      expect(ReplayRunner.runOrder([base, passOne, crossReference, reseeded, passOne])).toEqual([
        0, 2, 1, 4, 3,
      ]);

      await runner.run(base);
      expect(runner.plannedCosts([crossReference, passOne])).toEqual([reusedPoint, 2]);
    } finally {
      await runner.close();
    }
  });

  it('hears Ctrl-C while a replay runs in this thread', async () => {
    const runner = new ReplayRunner(loadDatasets(), 1, DEFAULT_DATASETS_DIR);
    try {
      const twoShards = parseScenario({
        population: { size: SHARD_SIZE + 20_000, seed: 2 },
        monteCarlo: { replicates: 1 },
      });
      // Due after the first shard: the thread must get back to the event loop between shards.
      setTimeout(() => process.emit('SIGINT'), 0);
      const result = await runner.run(twoShards);
      expect(runner.stopped).toBe(true);
      expect(result.run.complete).toBe(false);
      expect(result.run.shardsDone).toBe(1);
    } finally {
      await runner.close();
    }
  });
});
