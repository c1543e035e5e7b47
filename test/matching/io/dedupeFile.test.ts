import { describe, expect, it } from 'vitest';
import { KeyReader, type KeyPart } from '../../../src/matching/blocking/keyParts';
import {
  RecordComparer,
  RecordComparisonSpecSchema,
} from '../../../src/matching/comparison/recordComparison';
import { compileRule } from '../../../src/matching/decision/rules';
import { ScoreHistogram } from '../../../src/matching/evaluation/ScoreHistogram';
import { dedupeFile, duplicatePairs, splitInHalves } from '../../../src/matching/io/dedupeFile';
import { estimateModel } from '../../../src/matching/linking/estimateModel';
import {
  allocateLinkRecords,
  UNKNOWN_TRUTH,
  type LinkRecords,
} from '../../../src/matching/linking/LinkRecords';
import { DEFAULT_BLOCKING, type Decision } from '../../../src/matching/linking/linkTwoFiles';
import { RULE_PRESETS } from '../../../src/matching/linking/rulePresets';
import { concatLinkRecords, simulatedFiles } from '../../../src/matching/linking/simulatedFiles';
import { generateShard } from '../../../src/matching/population/generateShard';
import { parseAgencyConfig } from '../../../src/matching/views/agencyConfig';
import { testModel } from '../../helpers/datasets';

const model = testModel({ size: 40_000, seed: 11, communityShare: { korean: 0.3 } });
const shard = generateShard(model, 0, 40_000);
const files = simulatedFiles(
  model,
  [shard],
  parseAgencyConfig({ name: 'list', coverage: { finalOrder: 1, otherNoncitizen: 1 } }),
  parseAgencyConfig({ name: 'taxpayers' }),
);

function pick(records: LinkRecords, indices: readonly number[]): LinkRecords {
  const out = allocateLinkRecords(indices.length);
  for (const key of Object.keys(out) as (keyof LinkRecords)[]) {
    if (key === 'size') continue;
    const from = records[key] as Uint32Array;
    (out[key] as Uint32Array).set(indices.map((i) => from[i]!));
  }
  return out;
}

// One file holding two records of many people: part of the list, the same people's taxpayer
// records, and other taxpayers.
const listPart = Array.from({ length: 300 }, (_, i) => i);
const people = new Set(listPart.map((i) => files.left.truth[i]!));
const taxpayerPart = Array.from({ length: files.right.size }, (_, j) => j).filter(
  (j) => j < 300 || people.has(files.right.truth[j]!),
);
const records = concatLinkRecords([pick(files.left, listPart), pick(files.right, taxpayerPart)]);
const spec = RecordComparisonSpecSchema.parse({});

/** Every pair i < j, decided one by one: the reference dedupeFile must agree with. */
function bruteForce(decision: Decision, blocking: readonly { on: readonly string[] }[]) {
  const comparer = new RecordComparer(spec, files.nameOf, files.families);
  const reader = new KeyReader(files.nameOf, files.families);
  const compiled =
    decision.kind === 'rules' ? decision.rules.map((r) => compileRule(r, comparer.fields)) : [];
  const keys = blocking.map((rule) =>
    Array.from({ length: records.size }, (_, i) =>
      rule.on.map((part) => reader.read(part as KeyPart, records, i)),
    ),
  );
  const levels = new Uint8Array(comparer.fields.length);
  const histogram = new ScoreHistogram(0, 0);
  const declared: string[] = [];
  let candidates = 0;
  for (let i = 0; i < records.size; i++)
    for (let j = i + 1; j < records.size; j++) {
      const blocked = keys.some((key) => key[i]!.every((v, p) => v !== 0 && v === key[j]![p]));
      if (!blocked) continue;
      candidates++;
      comparer.compare(records, i, records, j, levels, 0);
      const same = records.truth[i] !== UNKNOWN_TRUTH && records.truth[i] === records.truth[j];
      if (decision.kind === 'fellegiSunter') {
        const weight = decision.model.matchWeight(levels);
        histogram.add(weight, same);
        if (weight >= decision.model.threshold) declared.push(`${i},${j}`);
      } else if (compiled.some((rule) => rule.accepts(levels))) declared.push(`${i},${j}`);
    }
  return { candidates, declared, histogram };
}

const pairsOf = (d: { left: Uint32Array; right: Uint32Array }) =>
  Array.from(d.left, (i, k) => `${i},${d.right[k]}`).sort();

describe('dedupeFile', () => {
  it('counts true duplicate pairs as Σ C(n, 2) over truth groups', () => {
    const r = allocateLinkRecords(7);
    r.truth.set([1, 1, 1, 2, 2, 3, UNKNOWN_TRUTH]);
    expect(duplicatePairs(r)).toBe(3 + 1);
  });

  it('agrees with deciding every pair i < j one by one, for rules', () => {
    const rules = [RULE_PRESETS['similar-name-zip'], RULE_PRESETS['exact-name-birth-year']];
    const decision: Decision = { kind: 'rules', rules };
    const result = dedupeFile(records, files.nameOf, files.families, {
      comparison: spec,
      decision,
    });
    const reference = bruteForce(decision, result.blocking);
    expect(result.candidates.count).toBe(reference.candidates);
    expect(result.candidates.byRule.reduce((s, r) => s + r.pairs, 0)).toBe(reference.candidates);
    expect(pairsOf(result.declared)).toEqual([...reference.declared].sort());
    const m = result.metrics;
    expect(m.truePositives + m.falseNegatives).toBe(duplicatePairs(records));
    expect(m.truePositives).toBeGreaterThan(100);
    expect(m.falsePositives).toBeGreaterThan(0);
    const n = records.size;
    expect(m.truePositives + m.falsePositives + m.falseNegatives + m.trueNegatives).toBe(
      (n * (n - 1)) / 2,
    );
  });

  it('agrees with deciding every pair one by one, for a Fellegi–Sunter model and its histogram', () => {
    const fitted = estimateModel(files.left, files.right, files.nameOf, files.families, {
      comparison: spec,
      blocking: DEFAULT_BLOCKING,
      method: 'truth',
      seed: 3,
      threshold: 4,
    });
    const decision: Decision = { kind: 'fellegiSunter', model: fitted.model };
    const result = dedupeFile(records, files.nameOf, files.families, {
      comparison: spec,
      decision,
      blocking: DEFAULT_BLOCKING,
    });
    const reference = bruteForce(decision, DEFAULT_BLOCKING);
    expect(result.candidates.count).toBe(reference.candidates);
    expect(pairsOf(result.declared)).toEqual([...reference.declared].sort());
    expect(Array.from(result.histogram!.trueMatches)).toEqual(
      Array.from(reference.histogram.trueMatches),
    );
    expect(Array.from(result.histogram!.nonMatches)).toEqual(
      Array.from(reference.histogram.nonMatches),
    );
    const at = result.histogram!.at(ScoreHistogram.edge(ScoreHistogram.bin(4)));
    expect(at.falseNegatives + at.truePositives).toBe(duplicatePairs(records));
  });

  it('splits a file in two halves for fitting a model, every record in one of them', () => {
    const [a, b] = splitInHalves(records);
    expect(a.size + b.size).toBe(records.size);
    expect(Math.abs(a.size - b.size)).toBeLessThan(4 * Math.sqrt(records.size));
    const truths = (r: LinkRecords) => Array.from(r.truth);
    expect([...truths(a), ...truths(b)].sort()).toEqual(truths(records).sort());
  });
});
