import { describe, expect, it } from 'vitest';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import { testModel } from '../../helpers/datasets';

describe('HouseholdKinds', () => {
  it('has the joint distribution of community, group, nativity and size the model states', () => {
    const model = testModel({ communityShare: { korean: 0.2 } });
    const kinds = model.householdKinds;
    const byCommunity = new Array<number>(COMMUNITY_IDS.length).fill(0);
    const foreignBy = new Array<number>(COMMUNITY_IDS.length).fill(0);
    const sizeBy = [new Array<number>(13).fill(0), new Array<number>(13).fill(0)];
    const groupOfGeneral = new Array<number>(model.generalGroupShares.length).fill(0);
    const general = COMMUNITY_IDS.indexOf('general');
    for (let k = 0; k < kinds.size.length; k++) {
      const p = kinds.probability(k);
      const c = kinds.community[k]!;
      byCommunity[c]! += p;
      if (kinds.foreign[k] === 1) foreignBy[c]! += p;
      sizeBy[kinds.foreign[k]!]![kinds.size[k]!]! += p;
      if (c === general) groupOfGeneral[kinds.group[k]!]! += p;
      else expect(kinds.group[k]).toBe(model.communities[c]!.group);
    }
    // The alias coin's resolution is 2^-21 per cell: far below these tolerances.
    const named = COMMUNITY_IDS.filter((id) => id !== 'general').reduce(
      (sum, id) => sum + model.config.communityShare[id],
      0,
    );
    COMMUNITY_IDS.forEach((id, c) => {
      const share = id === 'general' ? 1 - named : model.config.communityShare[id];
      expect(byCommunity[c]).toBeCloseTo(share, 5);
      if (share > 0)
        expect(foreignBy[c]! / byCommunity[c]!).toBeCloseTo(model.config.foreignBornShare[id], 4);
    });
    const groupTotal = model.generalGroupShares.reduce((a, b) => a + b, 0);
    groupOfGeneral.forEach((p, g) =>
      expect(p / byCommunity[general]!).toBeCloseTo(model.generalGroupShares[g]! / groupTotal, 4),
    );
    const sizes = [model.config.householdSizes.native, model.config.householdSizes.foreignBorn];
    sizes.forEach((weights, f) => {
      const total = weights.reduce((a, b) => a + b, 0);
      const mass = sizeBy[f]!.reduce((a, b) => a + b, 0);
      weights.forEach((w, s) => expect(sizeBy[f]![s + 1]! / mass).toBeCloseTo(w / total, 4));
    });
  });
});
