import { describe, expect, it } from 'vitest';
import { parseReplayConfig, ReplayConfigSchema } from '../../../src/matching/pipeline/replayConfig';

/** Every documented parameter: walks the schema and collects `.describe()` texts by path. */
function descriptions(schema: unknown, path: string, out: Map<string, string>): void {
  const s = schema as {
    description?: string;
    def?: {
      type: string;
      shape?: Record<string, unknown>;
      innerType?: unknown;
      element?: unknown;
      options?: unknown[];
    };
  };
  if (s.description) out.set(path, s.description);
  const def = s.def;
  if (!def) return;
  if (def.shape)
    for (const [k, v] of Object.entries(def.shape)) descriptions(v, path ? `${path}.${k}` : k, out);
  if (def.innerType) descriptions(def.innerType, path, out);
}

describe('ReplayConfigSchema', () => {
  it('fills every default from an empty object', () => {
    const config = parseReplayConfig({});
    expect(config.list.size).toBe(1_280_000);
    expect(config.list.sample).toBeNull();
    expect(config.screen.minDaysSinceOrder).toBe(90);
    expect(config.list.agency.coverage.finalOrder).toBe(1);
    expect(config.list.agency.coverage.citizen).toBe(0);
    expect(config.list.agency.noise.tinMissing).toBe(0.55);
    expect(config.list.addressOutdated).toBe(0.9);
    expect(config.irs.requireTin).toBe(true);
    expect(config.namePath.name).toEqual({ kind: 'fuse', threshold: 0.1 });
    expect(config.crossReference.name).toEqual({ kind: 'fuse', threshold: 0.6 });
    expect(parseReplayConfig({ list: { size: 1000 } }).list.agency.name).toBe('ice');
  });

  it('documents every own parameter with its default and a source or an assumption', () => {
    const docs = new Map<string, string>();
    descriptions(ReplayConfigSchema, '', docs);
    expect(docs.size).toBeGreaterThan(15);
    for (const [path, doc] of docs) {
      if (path.includes('.agency.') || path.startsWith('irs.') || path.includes('.rule')) continue;
      expect(doc, path).toMatch(/(Default|Required)/);
    }
  });

  it("keeps each agency's own defaults for what a scenario leaves out", () => {
    const config = parseReplayConfig({
      list: { agency: { noise: { tinMissing: 0.8 } } },
      irs: { coverage: { finalOrder: 0.5 } },
    });
    expect(config.list.agency.name).toBe('ice');
    expect(config.list.agency.noise.tinMissing).toBe(0.8);
    expect(config.list.agency.noise.staleAddress).toBe(0.8);
    expect(config.list.agency.coverage.citizen).toBe(0);
    expect(config.irs.coverage).toMatchObject({ finalOrder: 0.5, citizen: 0.62 });
    expect(config.irs.requireTin).toBe(true);
    expect(() =>
      parseReplayConfig({ list: { agency: { noise: { tinMissing: 0.8, tinWrong: 0.5 } } } }),
    ).toThrow('replay.list.agency.noise.tinMissing');
  });

  it('names the JSON path of a bad value', () => {
    expect(() => parseReplayConfig({ screen: { recentOrderShare: 2 } })).toThrow(
      'replay.screen.recentOrderShare',
    );
    expect(() => parseReplayConfig({ namePath: { addressAtMost: 3 } })).toThrow(
      'replay.namePath.addressAtMost',
    );
  });
});
