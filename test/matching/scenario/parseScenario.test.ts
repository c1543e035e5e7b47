import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/matching/messages';
import {
  migrateScenario,
  parseScenario,
  SCENARIO_VERSION,
  withParameter,
  withParameters,
} from '../../../src/matching/scenario';

function errorOf(input: unknown): string {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as Error).message;
  }
  throw new Error('expected the scenario to be refused');
}

describe('parseScenario', () => {
  it('fills every member with its defaults', () => {
    const s = parseScenario({});
    expect(s.version).toBe(SCENARIO_VERSION);
    expect(s.meta).toEqual({ title: 'Untitled scenario', summary: '' });
    expect(s.population.size).toBe(1_000_000);
    expect(s.link.left.name).toBe('list');
    expect(s.replay.list.size).toBe(1_280_000);
    expect(s.replay.crossReference.name).toEqual({ kind: 'fuse', threshold: 0.6 });
    expect(s.monteCarlo).toEqual({ replicates: 1, uncertain: [] });
    expect(parseScenario(undefined)).toEqual(s);
  });

  it('names the JSON path of a bad value', () => {
    expect(errorOf({ population: { foreignBornShare: { korean: 1.7 } } })).toMatch(
      /^scenario population\.foreignBornShare\.korean: /,
    );
    expect(errorOf({ replay: { screen: { recentOrderShare: -1 } } })).toMatch(
      /^scenario replay\.screen\.recentOrderShare: /,
    );
    expect(errorOf({ replay: { list: { agency: { name: '' } } } })).toContain(
      'scenario replay.list.agency.name',
    );
    expect(errorOf({ link: { left: { nosie: {} } } })).toContain('scenario link.left');
    expect(errorOf({ link: { rules: [] } })).toBe(
      'scenario link.rules: needs at least 1 rule (leave "rules" out for the defaults)',
    );
    expect(errorOf({ meta: { title: '' } })).toContain('scenario meta.title');
    expect(errorOf({ replays: {} })).toContain('replays');
    expect(errorOf({ monteCarlo: { replicates: 0 } })).toContain('scenario monteCarlo.replicates');
    expect(errorOf([])).toContain('scenario (root): expected a JSON object');
  });

  it('says which kind a name rule must name when its "kind" is missing or unknown', () => {
    expect(errorOf({ replay: { crossReference: { name: { threshold: 0.2 } } } })).toBe(
      'scenario replay.crossReference.name.kind: required: one of "fuse", "rule" (which kind this is)',
    );
    expect(errorOf({ replay: { crossReference: { name: { kind: 'fuzzy' } } } })).toBe(
      'scenario replay.crossReference.name.kind: must be one of "fuse", "rule", got "fuzzy"',
    );
  });

  it("checks the name matches' rules against the comparison fields before any run", () => {
    const rule = (all: unknown) => ({ kind: 'rule', rule: { name: 'r', all } });
    expect(errorOf({ replay: { namePath: { name: rule([{ field: 'dob', atMost: 9 }]) } } })).toBe(
      'match rule replay.namePath.name.rule.all.0.atMost: "dob" has levels 0 to 5, not 9',
    );
    expect(
      errorOf({ replay: { crossReference: { name: rule([{ field: 'surnme', atMost: 0 }]) } } }),
    ).toMatch(
      /^match rule replay\.crossReference\.name\.rule\.all\.0\.field: unknown comparison field "surnme"/,
    );
  });

  it('refuses community shares over 1 in all, and a share for "general" (it takes the rest)', () => {
    expect(
      errorOf({ population: { communityShare: { korean: 0.8, mexican_central_american: 0.5 } } }),
    ).toBe(
      "scenario population.communityShare: the named communities' shares add up to 1.3195 (korean 0.8 + vietnamese 0.005 + chinese 0.0102 + mexican_central_american 0.5 + haitian 0.003 + east_african 0.0013); at most 1",
    );
    expect(errorOf({ population: { communityShare: { general: 0.5 } } })).toMatch(
      /^scenario population\.communityShare\.general: "general" takes what the named communities leave/,
    );
    expect(
      parseScenario({ population: { communityShare: { korean: 0.8 } } }).population.communityShare
        .korean,
    ).toBe(0.8);
  });

  it('checks uncertain parameters against the scenario', () => {
    const ok = parseScenario({
      monteCarlo: {
        replicates: 10,
        uncertain: [{ path: 'replay.list.agency.noise.tinMissing', low: 0.8, high: 0.97 }],
      },
    });
    expect(ok.monteCarlo.uncertain[0]!.distribution).toBe('uniform');
    expect(
      errorOf({ monteCarlo: { uncertain: [{ path: 'replay.list.nothing', low: 0, high: 1 }] } }),
    ).toContain('scenario monteCarlo.uncertain.0.path: "replay.list.nothing" is not a number');
    expect(
      errorOf({ monteCarlo: { uncertain: [{ path: 'replay.list.size', low: 5, high: 1 }] } }),
    ).toContain('monteCarlo.uncertain.0.high: high must be at least low');
    expect(
      errorOf({
        monteCarlo: { uncertain: [{ path: 'replay.screen.recentOrderShare', low: 0, high: 2 }] },
      }),
    ).toMatch(
      /^scenario monteCarlo\.uncertain\.0\.high: not a valid value of replay\.screen\.recentOrderShare: must be/,
    );
    expect(
      errorOf({ monteCarlo: { uncertain: [{ path: 'tinMissing', low: 0, high: 1 }] } }),
    ).toContain('monteCarlo.uncertain.0.path');
    // Whole-number parameters pass at both ends but not in between: refused when declared.
    expect(
      errorOf({ monteCarlo: { uncertain: [{ path: 'replay.list.size', low: 100, high: 200 }] } }),
    ).toContain(
      'monteCarlo.uncertain.0.path: "replay.list.size" does not take every value between low and high',
    );
  });

  it('changes one parameter and validates it again', () => {
    const s = parseScenario({});
    const changed = withParameter(s, 'replay.crossReference.name.threshold', 0.3);
    expect(changed.replay.crossReference.name).toEqual({ kind: 'fuse', threshold: 0.3 });
    expect(s.replay.crossReference.name).toEqual({ kind: 'fuse', threshold: 0.6 });
    expect(() => withParameter(s, 'population.itinShare', 3)).toThrow(/population\.itinShare/);
    expect(() => withParameter(s, 'population.nope', 3)).toThrow(/not a number of the scenario/);
    const both = withParameters(s, { 'population.itinShare': 0.5, 'replay.list.size': 1000 });
    expect([both.population.itinShare, both.replay.list.size]).toEqual([0.5, 1000]);
  });

  it('fixes a parameter it sets: a sweep or calibration run is not redrawn by Monte Carlo', () => {
    const s = parseScenario({
      monteCarlo: {
        uncertain: [
          { path: 'replay.crossReference.name.threshold', low: 0.1, high: 0.6 },
          { path: 'replay.list.agency.noise.tinWrong', low: 0, high: 0.01 },
        ],
      },
    });
    const set = withParameter(s, 'replay.crossReference.name.threshold', 0.3);
    expect(set.monteCarlo.uncertain.map((p) => p.path)).toEqual([
      'replay.list.agency.noise.tinWrong',
    ]);
    expect(s.monteCarlo.uncertain).toHaveLength(2);
    expect(withParameters(s, { 'population.itinShare': 0.5 }).monteCarlo.uncertain).toHaveLength(2);
  });
});

describe('migrateScenario', () => {
  it('reads version 0 (unversioned population and link) as the current version', () => {
    const rule = { name: 'same date', all: [{ field: 'dob', atMost: 0 }] };
    const v0 = {
      population: { seed: 7, communityShare: { korean: 0.3 } },
      link: { rules: [rule] },
    };
    const migrated = migrateScenario(v0);
    expect(migrated['version']).toBe(SCENARIO_VERSION);
    expect(v0).not.toHaveProperty('version');
    const s = parseScenario(v0);
    expect(s.population.seed).toBe(7);
    expect(s.population.communityShare.korean).toBe(0.3);
    expect(s.link.rules).toEqual([rule]);
  });

  it('refuses a version newer than it knows, and a malformed one', () => {
    expect(errorOf({ version: SCENARIO_VERSION + 1 })).toContain(
      `the file is version ${SCENARIO_VERSION + 1}, newer than this Namesake reads`,
    );
    expect(errorOf({ version: 'one' })).toContain('scenario version: expected a whole number');
  });
});
