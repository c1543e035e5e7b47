import { describe, expect, it } from 'vitest';
import {
  RecordComparer,
  RecordComparisonSpecSchema,
} from '../../../src/matching/comparison/recordComparison';
import { FellegiSunterModel } from '../../../src/matching/decision/FellegiSunterModel';
import { estimateM } from '../../../src/matching/decision/estimateM';
import { estimateU } from '../../../src/matching/decision/estimateU';
import { sampleRandomPairs } from '../../../src/matching/decision/randomPairs';
import { ScoreHistogram } from '../../../src/matching/evaluation/ScoreHistogram';
import {
  countActualMatches,
  DEFAULT_BLOCKING,
  linkTwoFiles,
} from '../../../src/matching/linking/linkTwoFiles';
import { simulatedFiles } from '../../../src/matching/linking/simulatedFiles';
import { candidatePairs } from '../../../src/matching/blocking/candidatePairs';
import { KeyReader } from '../../../src/matching/blocking/keyParts';
import { generateShard } from '../../../src/matching/population/generateShard';
import { Rng } from '../../../src/matching/random/prng';
import { parseAgencyConfig } from '../../../src/matching/views/agencyConfig';
import { testModel } from '../../helpers/datasets';

const model = testModel({ size: 150_000, seed: 31, communityShare: { korean: 0.2 } });
const shard = generateShard(model, 0, 150_000);
const list = parseAgencyConfig({
  name: 'list',
  coverage: {
    citizen: 0.02,
    lawfulResident: 0.1,
    deferredAction: 0.5,
    finalOrder: 1,
    otherNoncitizen: 0.5,
  },
});
const taxpayers = parseAgencyConfig({ name: 'taxpayers' });
const files = simulatedFiles(model, [shard], list, taxpayers);
const spec = RecordComparisonSpecSchema.parse({});

describe('linkTwoFiles on simulated agency files', () => {
  it('counts true and false matches of deterministic rules against the truth', () => {
    const result = linkTwoFiles(files.left, files.right, files.nameOf, files.families, {
      comparison: spec,
      decision: {
        kind: 'rules',
        rules: [
          {
            name: 'TIN + name control',
            all: [
              { field: 'tin', atMost: 0 },
              { field: 'nameControl', atMost: 0 },
            ],
          },
          {
            name: 'exact name + DOB',
            all: [
              { field: 'given', atMost: 0 },
              { field: 'surname', atMost: 0 },
              { field: 'dob', atMost: 0 },
            ],
          },
        ],
      },
      oracle: files.oracle,
    });
    const m = result.metrics;
    expect(files.left.size).toBeGreaterThan(1000);
    expect(m.truePositives + m.falseNegatives).toBe(countActualMatches(files.left, files.right));
    // Default noise (romanisation variants, typos, missing TINs) makes these rules miss some.
    expect(m.truePositives).toBeGreaterThan(0.6 * (m.truePositives + m.falseNegatives));
    let declaredTrue = 0;
    result.declared.isMatch.forEach((x) => (declaredTrue += x));
    expect(declaredTrue).toBe(m.truePositives);
    const causes = Object.values(result.falseMatchCauses!).reduce((a, b) => a + b, 0);
    expect(causes).toBe(m.falsePositives);
    expect(result.candidates.reductionRatio).toBeGreaterThan(0.99);
    const communities = result.byCommunity!;
    expect(communities.reduce((sum, c) => sum + c.declared, 0)).toBe(m.declared);
    expect(communities.reduce((sum, c) => sum + c.wrong, 0)).toBe(m.falsePositives);
    expect(communities.reduce((sum, c) => sum + c.records, 0)).toBe(files.left.size);
    expect(communities.find((c) => c.community === 'korean')!.records).toBeGreaterThan(0);
  });

  it('gives the same metrics from the score histogram as from deciding pair by pair', () => {
    const comparer = new RecordComparer(spec, files.nameOf, files.families);
    const random = sampleRandomPairs(new Rng(5), files.left.size, files.right.size, 50_000);
    const u = estimateU(comparer.compareAll(files.left, files.right, random.left, random.right));
    const candidates = candidatePairs(
      new KeyReader(files.nameOf, files.families),
      DEFAULT_BLOCKING,
      files.left,
      files.right,
    );
    const vectors = comparer.compareAll(files.left, files.right, candidates.left, candidates.right);
    const isMatch = Array.from(
      candidates.left,
      (i, k) => files.left.truth[i] === files.right.truth[candidates.right[k]!],
    );
    const m = estimateM(vectors, isMatch);
    const lambda = Math.max(
      1e-6,
      isMatch.filter(Boolean).length / (files.left.size * files.right.size),
    );
    const threshold = ScoreHistogram.edge(ScoreHistogram.bin(8));
    const model = new FellegiSunterModel({ fields: comparer.fields, m, u, lambda, threshold });
    const result = linkTwoFiles(files.left, files.right, files.nameOf, files.families, {
      comparison: spec,
      decision: { kind: 'fellegiSunter', model },
      blocking: DEFAULT_BLOCKING,
    });
    const fromHistogram = result.histogram!.at(threshold);
    expect(fromHistogram.truePositives).toBe(result.metrics.truePositives);
    expect(fromHistogram.falsePositives).toBe(result.metrics.falsePositives);
    expect(fromHistogram.falseNegatives).toBe(result.metrics.falseNegatives);
    // Raising the threshold never declares more pairs.
    const curve = result.histogram!.curve(10);
    for (let k = 1; k < curve.length; k++)
      expect(curve[k]!.declared).toBeGreaterThanOrEqual(curve[k - 1]!.declared);
    expect(result.metrics.recall).toBeGreaterThan(0.5);
  });
});
