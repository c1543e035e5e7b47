/**
 * tally's list counts: the requested and screened steps, and each breakdown row's listed
 * records, against a count made record by record.
 */
import { describe, expect, it } from 'vitest';
import { COMMUNITY_IDS } from '../../../src/matching/datasets/communitySchema';
import type { MergedShards } from '../../../src/matching/pipeline/mergeShards';
import type { ReplicateOutcomes } from '../../../src/matching/pipeline/outcomes';
import { tally } from '../../../src/matching/pipeline/tally';
import { pack } from '../../../src/matching/population/attributes';
import { BUILDING_KINDS } from '../../../src/matching/population/PopulationShard';
import { Rng } from '../../../src/matching/random/prng';

describe('tally', () => {
  it('counts the sampled list by community and kind of home, as a record-by-record count does', () => {
    const rng = new Rng(3);
    const n = 5000;
    const community = Uint8Array.from({ length: n }, () => rng.below(COMMUNITY_IDS.length));
    const homeKind = Uint8Array.from({ length: n }, () => rng.below(BUILDING_KINDS.length));
    const recentOrder = Uint8Array.from({ length: n }, () => (rng.chance(0.1) ? 1 : 0));
    const attrs = Uint32Array.from(community, (c) => pack(0, false, 0, c, 0, 0, false, false));
    // A sample of the candidates, in another order, some twice.
    const members = Uint32Array.from({ length: 3000 }, () => rng.below(n));
    const merged = {
      people: n,
      taxFilers: 0,
      candidates: { attrs, homeKind, recentOrder, link: { addressQuality: new Uint8Array(n) } },
      disclosures: {},
    } as unknown as MergedShards;
    const outcomes = {
      list: { sampled: members.length, full: 2 * members.length, members },
      outcomes: [],
      iceJudge: { threshold: 0 },
    } as unknown as ReplicateOutcomes;

    const counts = tally(merged, outcomes);
    const listed = new Map<string, number>();
    let screened = 0;
    for (const c of members) {
      const keys: string[] = [COMMUNITY_IDS[community[c]!]!];
      const kind = BUILDING_KINDS[homeKind[c]!]!;
      if (kind !== 'poBox') keys.push(kind);
      for (const key of keys) listed.set(key, (listed.get(key) ?? 0) + 1);
      if (!recentOrder[c]) screened++;
    }
    // Scaled to the full list: twice the sample.
    for (const id of COMMUNITY_IDS)
      expect(counts.byCommunity[id].listed, id).toBe(2 * (listed.get(id) ?? 0));
    expect(counts.byHomeKind.house.listed).toBe(2 * listed.get('house')!);
    expect(counts.byHomeKind.apartment.listed).toBe(2 * listed.get('apartment')!);
    expect(counts.funnel.requested).toEqual({ count: 6000, right: 6000, wrong: 0 });
    expect(counts.funnel.screened).toEqual({ count: 2 * screened, right: 2 * screened, wrong: 0 });
  });
});
