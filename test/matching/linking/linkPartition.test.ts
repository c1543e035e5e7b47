/**
 * A link split into partitions and merged must be exactly the link run whole: same candidate
 * counts, the same declared pairs in the same order with the same scores, the same histogram,
 * metrics and false-match causes — for deterministic rules and for a Fellegi–Sunter model with
 * term-frequency adjustment, whatever order the parts arrive in.
 */
import { describe, expect, it } from 'vitest';
import { RecordComparisonSpecSchema } from '../../../src/matching/comparison/recordComparison';
import { estimateModel } from '../../../src/matching/linking/estimateModel';
import {
  DEFAULT_BLOCKING,
  linkPart,
  mergeLinkParts,
} from '../../../src/matching/linking/linkPartition';
import {
  evaluateLink,
  linkTwoFiles,
  type LinkOptions,
} from '../../../src/matching/linking/linkTwoFiles';
import { populationNameFrequencies } from '../../../src/matching/linking/nameFrequencies';
import { simulatedFiles } from '../../../src/matching/linking/simulatedFiles';
import { generateShard } from '../../../src/matching/population/generateShard';
import { parseAgencyConfig } from '../../../src/matching/views/agencyConfig';
import { testModel } from '../../helpers/datasets';

const model = testModel({ size: 40_000, seed: 5, communityShare: { korean: 0.3 } });
const files = simulatedFiles(
  model,
  [generateShard(model, 0, 40_000)],
  parseAgencyConfig({ name: 'list', coverage: { citizen: 0.1, finalOrder: 1 } }),
  parseAgencyConfig({ name: 'taxpayers' }),
);
const comparison = RecordComparisonSpecSchema.parse({});

function partitioned(options: LinkOptions, parts: number, reverse = false) {
  const done = Array.from({ length: parts }, (_, part) =>
    linkPart(files.left, files.right, files.nameOf, files.families, options, { part, parts }),
  );
  // Each partition really holds a share of the work.
  for (const part of done) expect(part.candidates).toBeGreaterThan(0);
  if (reverse) done.reverse();
  return evaluateLink(files.left, files.right, options, mergeLinkParts(options, done));
}

describe('linkPart + mergeLinkParts', () => {
  it('equals the whole link under deterministic rules (several blocking rules)', () => {
    const options: LinkOptions = {
      comparison,
      decision: {
        kind: 'rules',
        rules: [
          {
            name: 'tin',
            all: [
              { field: 'tin', atMost: 0 },
              { field: 'nameControl', atMost: 0 },
            ],
          },
          {
            name: 'name + dob',
            all: [
              { field: 'given', atMost: 2 },
              { field: 'surname', atMost: 1 },
              { field: 'dob', atMost: 0 },
            ],
          },
          {
            name: 'surname + zip',
            all: [
              { field: 'surname', atMost: 0 },
              { field: 'address', atMost: 3 },
            ],
          },
        ],
      },
      oracle: files.oracle,
    };
    const whole = linkTwoFiles(files.left, files.right, files.nameOf, files.families, options);
    expect(whole.declared.left.length).toBeGreaterThan(100);
    expect(whole.candidates.byRule.every((r) => r.pairs > 0)).toBe(true);
    expect(partitioned(options, 2)).toEqual(whole);
    expect(partitioned(options, 2, true)).toEqual(whole);
    expect(partitioned(options, 3)).toEqual(whole);
  });

  it('equals the whole link under a Fellegi–Sunter model with term frequencies', () => {
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
    expect(whole.histogram).not.toBeNull();
    const two = partitioned(options, 2);
    expect(two).toEqual(whole);
    expect(two.histogram!.curve()).toEqual(whole.histogram!.curve());
  });
});
