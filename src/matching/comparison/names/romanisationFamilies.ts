/**
 * Which spellings are romanisations of one name (LEE/YI/RHEE, PARK/PAK/BAK), from every
 * community's families in datasets/communities.json. For comparisons the families of all
 * communities are pooled: a list record does not say which community its person belongs to.
 */
import type { CommunitiesFile } from '../../datasets/communitySchema';
import { normaliseName } from '../../names/NameDictionary';

export class RomanisationFamilies {
  private readonly relatives = new Map<string, Set<string>>();

  constructor(communities: CommunitiesFile) {
    for (const community of communities.communities) {
      for (const family of community.romanisationFamilies) {
        const members = [...new Set(family.map(normaliseName))].filter(Boolean);
        for (const name of members) {
          const set = this.relatives.get(name) ?? new Set<string>();
          for (const other of members) if (other !== name) set.add(other);
          this.relatives.set(name, set);
        }
      }
    }
  }

  /** True when `a` and `b` are different spellings in one family. */
  related(a: string, b: string): boolean {
    return this.relatives.get(a)?.has(b) ?? false;
  }

  /** The other spellings of `name`'s families. */
  spellings(name: string): string[] {
    return [...(this.relatives.get(name) ?? [])];
  }
}
