/**
 * Declared and wrong matches by the community of the list record's person: where a rule's
 * errors fall (a rule can be precise overall and wrong for one community in ten).
 */
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import { UNKNOWN_TRUTH, type LinkRecords } from '../linking/LinkRecords';
import type { TruthOracle } from './falseMatchCauses';

export interface CommunityCounts {
  community: string;
  /** List records of people of this community. */
  records: number;
  declared: number;
  wrong: number;
  /** wrong / declared (0 when nothing was declared). */
  falseDiscoveryRate: number;
}

export function countByCommunity(
  oracle: TruthOracle,
  left: LinkRecords,
  declaredLeft: Uint32Array,
  isMatch: Uint8Array,
): CommunityCounts[] {
  const n = COMMUNITY_IDS.length;
  const records = new Float64Array(n);
  const declared = new Float64Array(n);
  const wrong = new Float64Array(n);
  for (let i = 0; i < left.size; i++) {
    if (left.truth[i] !== UNKNOWN_TRUTH) records[oracle.community(left.truth[i]!)]! += 1;
  }
  for (let d = 0; d < declaredLeft.length; d++) {
    const person = left.truth[declaredLeft[d]!]!;
    if (person === UNKNOWN_TRUTH) continue;
    const c = oracle.community(person);
    declared[c]! += 1;
    if (!isMatch[d]) wrong[c]! += 1;
  }
  return COMMUNITY_IDS.map((community, c) => ({
    community,
    records: records[c]!,
    declared: declared[c]!,
    wrong: wrong[c]!,
    falseDiscoveryRate: declared[c]! > 0 ? wrong[c]! / declared[c]! : 0,
  }));
}
