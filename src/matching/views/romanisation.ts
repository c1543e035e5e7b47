/**
 * Romanisation families (Lee/Yi/Rhee, Park/Pak/Bak, Nguyen/Nguen) from every community's
 * profile in datasets/communities.json, as a look-up from a name id to the other spellings of
 * its family. A name can belong to families of several communities (LEE is Korean and Chinese,
 * CHANG too): a person's own community's families come first; a name none of them lists takes
 * the families of the first community (COMMUNITY_IDS order) that lists it. Within one community
 * a name listed in two families (Chinese WONG: Wang and Huang) may become any member of either.
 */
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import { normaliseName } from '../names/NameDictionary';
import type { PopulationModel } from '../population/model';

/** The other spellings of one name: their strings, and their model ids where known (else −1). */
export interface Romanisations {
  names: readonly string[];
  ids: Int32Array;
}

export class RomanisationTable {
  /** Per community index: name id → the other spellings of its family. */
  private readonly byCommunity: Map<number, Romanisations>[];
  /** 1 for the stored ids of names in some family, so most names need no look-up. */
  private readonly listed: Uint8Array;
  /** Whether a family name is spelled like a rare-surname tail id (then those need a look-up). */
  private readonly tailListed: boolean;

  constructor(model: PopulationModel) {
    const { dictionary } = model;
    const own = model.communities.map((community) => {
      const spellings = new Map<string, Set<string>>();
      for (const family of community.profile.romanisationFamilies) {
        const members = [...new Set(family.map(normaliseName))].filter(Boolean);
        for (const name of members) {
          const set = spellings.get(name) ?? new Set<string>();
          for (const other of members) if (other !== name) set.add(other);
          spellings.set(name, set);
        }
      }
      return spellings;
    });
    const resolve = (name: string, others: Set<string>): [number, Romanisations] | null => {
      const id = dictionary.find(name);
      if (id < 0 || others.size === 0) return null;
      const names = [...others];
      return [id, { names, ids: Int32Array.from(names, (n) => dictionary.find(n)) }];
    };
    this.byCommunity = COMMUNITY_IDS.map((_, c) => {
      const table = new Map<number, Romanisations>();
      for (const spellings of [own[c]!, ...own.filter((_, other) => other !== c)]) {
        for (const [name, others] of spellings) {
          const entry = resolve(name, others);
          if (entry && !table.has(entry[0])) table.set(entry[0], entry[1]);
        }
      }
      return table;
    });
    this.listed = new Uint8Array(dictionary.size);
    let tailListed = false;
    for (const id of this.byCommunity[0]!.keys()) {
      if (id < this.listed.length) this.listed[id] = 1;
      else tailListed = true;
    }
    this.tailListed = tailListed;
  }

  /** Whether name `id` has other spellings (for some community); cheap, before `of`. */
  has(id: number): boolean {
    if (id < this.listed.length) return this.listed[id] === 1;
    return this.tailListed && this.byCommunity[0]!.has(id);
  }

  /** The other spellings of name `id` for a member of community `community`, if any. */
  of(community: number, id: number): Romanisations | undefined {
    return this.byCommunity[community]!.get(id);
  }
}

const tables = new WeakMap<PopulationModel, RomanisationTable>();

/** The model's romanisation table, built on first use. */
export function romanisationTable(model: PopulationModel): RomanisationTable {
  let table = tables.get(model);
  if (!table) {
    table = new RomanisationTable(model);
    tables.set(model, table);
  }
  return table;
}
