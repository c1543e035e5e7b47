/** communities.json: naming profiles of seven communities (CommunitiesFileSchema). */
import { CommunitiesFileSchema } from '../../../src/matching/datasets/communitySchema.js';
import type { WeightedName } from '../../../src/matching/datasets/communitySchema.js';
import { writeJson } from '../io.js';
import type { SurnameRow } from '../surnames.js';
import { asianProfiles } from './asian.js';
import { eastAfricanProfile, generalProfile, haitianProfile, mexicanProfile } from './others.js';
import { readWikiSurnameGroups, shareTotal } from './shared.js';
import type { CommunityContext } from './shared.js';

function describe(label: string, names: readonly WeightedName[] | undefined): string {
  if (!names || names.length === 0) return `${label}: -`;
  const top = names.slice(0, 3).map((n) => `${n.name} ${(n.share * 100).toFixed(1)}%`);
  const top3 = shareTotal(names.slice(0, 3)) * 100;
  return `${label}: ${top.join(', ')} (top-3 ${top3.toFixed(1)}%, list ${(shareTotal(names) * 100).toFixed(1)}%)`;
}

export function buildCommunities(surnames: readonly SurnameRow[]): void {
  const ctx: CommunityContext = {
    surnames: new Map(surnames.map((s) => [s.name, s])),
    wiki: readWikiSurnameGroups(),
  };
  const [korean, vietnamese, chinese] = asianProfiles(ctx);
  const communities = [
    generalProfile(),
    korean,
    vietnamese,
    chinese,
    mexicanProfile(ctx),
    haitianProfile(ctx),
    eastAfricanProfile(ctx),
  ];
  const file = CommunitiesFileSchema.parse({ version: 1, communities });
  for (const c of file.communities) {
    console.log(
      `${c.id}: ${describe('origin', c.surnames.origin?.names)}; ${describe('US', c.surnames.usResident?.names)}`,
    );
  }
  writeJson('communities.json', file);
}
