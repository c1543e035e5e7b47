/**
 * The kind of a new household — community, race/ethnicity group, the householder's nativity and
 * the household's size — drawn at once from their joint distribution: P(community) ·
 * P(group | community) · P(foreign-born | community) · P(size | nativity). One draw from a table
 * of at most a thousand entries (it stays in cache) replaces four, with the same distribution.
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';

export interface HouseholdKindInputs {
  /** Share of households of each community (sums to 1). */
  communityShares: ArrayLike<number>;
  /** Each community's group, or −1 for the general community (groups drawn by `groupShares`). */
  communityGroups: ArrayLike<number>;
  groupShares: ArrayLike<number>;
  foreignBornShares: ArrayLike<number>;
  /** Relative weights of sizes 1, 2, … by nativity (0 native, 1 foreign-born). */
  sizeWeights: readonly [readonly number[], readonly number[]];
}

export class HouseholdKinds {
  private readonly table: AliasTable;
  readonly community: Uint8Array;
  readonly group: Uint8Array;
  readonly foreign: Uint8Array;
  readonly size: Uint8Array;

  constructor(inputs: HouseholdKindInputs) {
    const { communityShares, communityGroups, groupShares, foreignBornShares, sizeWeights } =
      inputs;
    const groupTotal = Array.from(groupShares).reduce((a, b) => a + b, 0);
    const weights: number[] = [];
    const community: number[] = [];
    const group: number[] = [];
    const foreign: number[] = [];
    const size: number[] = [];
    for (let c = 0; c < communityShares.length; c++) {
      const own = communityGroups[c]!;
      for (let g = 0; g < groupShares.length; g++) {
        const pGroup = own >= 0 ? (g === own ? 1 : 0) : groupShares[g]! / groupTotal;
        for (let f = 0; f < 2; f++) {
          const pForeign = f === 1 ? foreignBornShares[c]! : 1 - foreignBornShares[c]!;
          const sizes = sizeWeights[f]!;
          const sizeTotal = sizes.reduce((a, b) => a + b, 0);
          for (let s = 0; s < sizes.length; s++) {
            const w = communityShares[c]! * pGroup * pForeign * (sizes[s]! / sizeTotal);
            if (w <= 0) continue;
            weights.push(w);
            community.push(c);
            group.push(g);
            foreign.push(f);
            size.push(s + 1);
          }
        }
      }
    }
    this.table = new AliasTable(weights);
    this.community = Uint8Array.from(community);
    this.group = Uint8Array.from(group);
    this.foreign = Uint8Array.from(foreign);
    this.size = Uint8Array.from(size);
  }

  /** A household kind: an index into `community`, `group`, `foreign` and `size`. */
  sample(rng: Rng): number {
    return this.table.sample(rng);
  }

  /** The probability of kind `k` (for tests). */
  probability(k: number): number {
    return this.table.probability(k);
  }
}
