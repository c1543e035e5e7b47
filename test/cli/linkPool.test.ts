/**
 * Linking on worker threads must give exactly the single-thread result: the workers read the
 * shared records and names, each links one partition, and the merge restores the order.
 */
import { describe, expect, it } from 'vitest';
import { linkOnThreads } from '../../src/cli/linkPool';
import { RecordComparisonSpecSchema } from '../../src/matching/comparison/recordComparison';
import { estimateModel } from '../../src/matching/linking/estimateModel';
import {
  DEFAULT_BLOCKING,
  linkTwoFiles,
  type LinkOptions,
} from '../../src/matching/linking/linkTwoFiles';
import { populationNameFrequencies } from '../../src/matching/linking/nameFrequencies';
import { simulatedFiles } from '../../src/matching/linking/simulatedFiles';
import { generateShard } from '../../src/matching/population/generateShard';
import { parseAgencyConfig } from '../../src/matching/views/agencyConfig';
import { testModel } from '../helpers/datasets';

const model = testModel({ size: 30_000, seed: 8, communityShare: { korean: 0.3 } });
const files = simulatedFiles(
  model,
  [generateShard(model, 0, 30_000)],
  parseAgencyConfig({ name: 'list', coverage: { citizen: 0.1, finalOrder: 1 } }),
  parseAgencyConfig({ name: 'taxpayers' }),
);
const comparison = RecordComparisonSpecSchema.parse({});
const communities = model.datasets.communities;

describe('linkOnThreads', () => {
  it('equals linkTwoFiles on two worker threads (Fellegi–Sunter, term frequencies)', async () => {
    const { model: fs } = estimateModel(files.left, files.right, files.nameOf, files.families, {
      comparison,
      blocking: DEFAULT_BLOCKING,
      method: 'truth',
      seed: 1,
      randomPairs: 20_000,
      termFrequency: true,
    });
    const options: LinkOptions = {
      comparison,
      decision: { kind: 'fellegiSunter', model: fs },
      blocking: DEFAULT_BLOCKING,
      oracle: files.oracle,
      frequencies: populationNameFrequencies(model),
    };
    const whole = linkTwoFiles(files.left, files.right, files.nameOf, files.families, options);
    const threaded = await linkOnThreads(
      files.left,
      files.right,
      files.nameOf,
      communities,
      options,
      {
        threads: 2,
      },
    );
    expect(whole.declared.left.length).toBeGreaterThan(50);
    expect(threaded).toEqual(whole);
  });

  it('equals linkTwoFiles under rules, and reports a worker failure as an error', async () => {
    const options: LinkOptions = {
      comparison,
      decision: {
        kind: 'rules',
        rules: [
          {
            name: 'exact',
            all: [
              { field: 'given', atMost: 0 },
              { field: 'surname', atMost: 0 },
              { field: 'dob', atMost: 0 },
            ],
          },
        ],
      },
      oracle: files.oracle,
    };
    const whole = linkTwoFiles(files.left, files.right, files.nameOf, files.families, options);
    expect(
      await linkOnThreads(files.left, files.right, files.nameOf, communities, options, {
        threads: 2,
      }),
    ).toEqual(whole);
    // More blocking rules than a pair's rule index holds: the workers throw.
    const broken: LinkOptions = {
      ...options,
      blocking: Array.from({ length: 256 }, (_, k) => ({ name: `r${k}`, on: ['tin' as const] })),
    };
    await expect(
      linkOnThreads(files.left, files.right, files.nameOf, communities, broken, { threads: 2 }),
    ).rejects.toThrow('at most 255 blocking rules');
  });
});
