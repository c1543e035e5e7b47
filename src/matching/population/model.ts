/**
 * The compiled population model: every sampler the generator needs, built once from the
 * datasets and a configuration, then shared read-only by all shards (and rebuilt identically in
 * each worker). Building it is deterministic; no randomness is used here.
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';
import {
  COMMUNITY_IDS,
  RACE_GROUPS,
  type CommunityProfile,
  type NamingConventions,
  type RaceGroup,
} from '../datasets/communitySchema';
import type { Datasets } from '../datasets/parse';
import { NameDictionary } from '../names/NameDictionary';
import { buildTailSpelling } from '../names/tailSurnames';
import { BirthDateModel } from './birthdates';
import type { PopulationConfig } from './config';
import { LEGAL_STATUSES } from './config';
import { Geography } from './geography';
import { GivenNameModel } from './givenNameModel';
import { HouseholdKinds } from './householdKinds';
import { SurnameModel, type CommunitySurnames } from './surnameModel';

/** Value returned for "draw from the US model of the remainder group". */
export const US_MODEL = 0xffffffff;
/** How many common names of the group may follow a compound's first element. */
export const COMPOUND_SECONDS = 100;

/**
 * Given names of one community: foreign-born members draw from the community's list (the rest
 * from the US model of its group); compound names ("JEAN-CLAUDE", "MARIA-JOSE") are built with
 * the community's first elements and the group's commonest names, interned when the model is
 * built so that generation never adds to the dictionary.
 */
class CommunityGivenNames {
  private readonly foreign: AliasTable[];
  private readonly compound: (AliasTable | null)[];
  private readonly compoundShare: number;

  constructor(
    profile: CommunityProfile,
    datasets: Datasets,
    dictionary: NameDictionary,
    private readonly us: GivenNameModel,
    private readonly group: number,
  ) {
    const lists = [profile.givenNames?.female ?? [], profile.givenNames?.male ?? []];
    this.foreign = lists.map((list) => {
      const listed = list.reduce((sum, w) => sum + w.share, 0);
      const ids = list.map((w) => dictionary.intern(w.name));
      return new AliasTable(
        [...list.map((w) => w.share), listed > 0 ? Math.max(0, 1 - listed) : 1],
        [...ids, US_MODEL],
      );
    });
    const { compoundGiven } = profile.conventions;
    this.compoundShare = compoundGiven.share;
    this.compound = [compoundGiven.female, compoundGiven.male].map((firsts, sex) => {
      if (compoundGiven.share === 0 || firsts.length === 0) return null;
      const seconds = commonGivenNames(datasets, sex, RACE_GROUPS[group]!, COMPOUND_SECONDS);
      const weights: number[] = [];
      const ids: number[] = [];
      for (const first of firsts) {
        for (const [second, weight] of seconds) {
          if (second === first) continue;
          weights.push(weight);
          ids.push(dictionary.intern(`${first}-${second}`));
        }
      }
      return new AliasTable(weights, ids);
    });
  }

  /** A given name for a member of the community; `foreign` selects the origin-country list. */
  sample(rng: Rng, sex: number, year: number, foreign: boolean): number {
    const id = this.sampleOwn(rng, sex, foreign);
    return id === US_MODEL ? this.us.sample(rng, sex, year, this.group) : id;
  }

  /**
   * The community's own part of `sample`: a compound or origin-country name, or US_MODEL when
   * the name is to be drawn from the US model of group `usGroup` (which a caller may batch).
   */
  sampleOwn(rng: Rng, sex: number, foreign: boolean): number {
    const compound = this.compound[sex];
    if (compound && rng.chance(this.compoundShare)) return compound.sample(rng);
    if (!foreign) return US_MODEL;
    return this.foreign[sex]!.sample(rng);
  }

  /** The group whose US given names the community's other members draw. */
  get usGroup(): number {
    return this.group;
  }
}

/** The k commonest given names of one sex in a group, over all decades, with their weights. */
export function commonGivenNames(
  datasets: Datasets,
  sex: number,
  group: RaceGroup,
  k: number,
): [string, number][] {
  const { givenNames, givenNameRace } = datasets;
  const g = RACE_GROUPS.indexOf(group);
  const scored: [string, number][] = [];
  for (let i = 0; i < givenNames.names.length; i++) {
    if (givenNames.sex[i] !== sex) continue;
    let births = 0;
    for (const decade of givenNames.byDecade) births += decade[i]!;
    const share = (givenNameRace.byName.get(givenNames.names[i]!) ?? givenNameRace.other)[g]!;
    scored.push([givenNames.names[i]!, births * share]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

/** What the generator needs to know of one community. */
export interface CommunityModel {
  index: number;
  profile: CommunityProfile;
  conventions: NamingConventions;
  /** Race/ethnicity group index, or -1 for the general community (drawn per household). */
  group: number;
  surnames: CommunitySurnames | null;
  /** The configuration's per-community shares, resolved once (no keyed look-ups per person). */
  foreignBornShare: number;
  spouseTakesSurname: number;
  refugeeShare: number;
  /** Given names for the community's members (null: the US model of the household's group). */
  givenNames: CommunityGivenNames | null;
  /** Key of the community's remainder surname table in `PopulationModel.surnameTables`. */
  surnameRestKey: number;
}

export class PopulationModel {
  readonly dictionary: NameDictionary;
  readonly givenNames: GivenNameModel;
  readonly surnames: SurnameModel;
  readonly birthDates: BirthDateModel;
  readonly geography: Geography;
  readonly communities: CommunityModel[];
  readonly communityAlias: AliasTable;
  /** Race/ethnicity mix of the general community: national shares less the named communities. */
  readonly generalGroupAlias: AliasTable;
  readonly generalGroupShares: Float64Array;
  readonly householdSizes: [AliasTable, AliasTable];
  /** Community, group, nativity and size of a household in one draw (the four above, joint). */
  readonly householdKinds: HouseholdKinds;
  readonly statusAlias: AliasTable;
  /** Street names for addresses: common surnames, title case. */
  readonly streetNames: string[];
  /**
   * Every large surname table, for batched draws: the group tables (key = group index), then
   * each community's remainder table (key = `surnameRestKey`).
   */
  readonly surnameTables: AliasTable[];

  constructor(
    readonly datasets: Datasets,
    readonly config: PopulationConfig,
  ) {
    const spelling = buildTailSpelling(datasets.surnames.names, datasets.surnames.count);
    this.dictionary = new NameDictionary();
    this.surnames = new SurnameModel(
      datasets.surnames,
      datasets.surnameResidual,
      spelling,
      this.dictionary,
    );
    this.dictionary.attachTail(spelling);
    this.givenNames = new GivenNameModel(
      datasets.givenNames,
      datasets.givenNameRace,
      this.dictionary,
    );
    this.birthDates = new BirthDateModel(
      datasets.birthDays,
      datasets.ageStructure,
      config.referenceYear,
    );
    this.geography = new Geography(datasets.zcta);

    const profiles = new Map(datasets.communities.communities.map((p) => [p.id, p]));
    this.surnameTables = [...this.surnames.byGroup];
    this.communities = COMMUNITY_IDS.map((id, index) => {
      const profile = profiles.get(id);
      if (!profile) throw new Error(`communities.json has no profile for "${id}"`);
      const group = profile.race ? RACE_GROUPS.indexOf(profile.race) : -1;
      const preferred =
        config.surnameSource === 'origin' ? profile.surnames.origin : profile.surnames.usResident;
      const distribution = preferred ?? profile.surnames.origin ?? profile.surnames.usResident;
      const surnames = distribution ? this.surnames.community(distribution, this.dictionary) : null;
      if (surnames) this.surnameTables.push(surnames.rest);
      return {
        index,
        profile,
        conventions: profile.conventions,
        group,
        surnames,
        surnameRestKey: surnames ? this.surnameTables.length - 1 : -1,
        foreignBornShare: config.foreignBornShare[id],
        spouseTakesSurname: config.spouseTakesSurname[id],
        refugeeShare: config.refugeeShare[id],
        givenNames:
          profile.givenNames || profile.conventions.compoundGiven.share > 0
            ? new CommunityGivenNames(
                profile,
                datasets,
                this.dictionary,
                this.givenNames,
                RACE_GROUPS.indexOf(profile.givenNames?.remainderRace ?? profile.race ?? 'white'),
              )
            : null,
      };
    });

    const named = COMMUNITY_IDS.filter((id) => id !== 'general').reduce(
      (sum, id) => sum + config.communityShare[id],
      0,
    );
    if (named > 1) throw new Error('community shares add up to more than 1');
    this.communityAlias = new AliasTable(
      COMMUNITY_IDS.map((id) => (id === 'general' ? 1 - named : config.communityShare[id])),
    );

    const national = Geography.groupShares(datasets.zcta);
    this.generalGroupShares = Float64Array.from(national, (share, g) => {
      let inNamed = 0;
      for (const c of this.communities)
        if (c.group === g) inNamed += config.communityShare[c.profile.id];
      return Math.max(0, share - inNamed);
    });
    this.generalGroupAlias = new AliasTable(this.generalGroupShares);

    this.householdSizes = [
      new AliasTable(config.householdSizes.native),
      new AliasTable(config.householdSizes.foreignBorn),
    ];
    this.householdKinds = new HouseholdKinds({
      communityShares: COMMUNITY_IDS.map((id) =>
        id === 'general' ? 1 - named : config.communityShare[id],
      ),
      communityGroups: this.communities.map((c) => c.group),
      groupShares: this.generalGroupShares,
      foreignBornShares: this.communities.map((c) => c.foreignBornShare),
      sizeWeights: [config.householdSizes.native, config.householdSizes.foreignBorn],
    });
    this.statusAlias = new AliasTable(LEGAL_STATUSES.map((s) => config.statusMix[s]));
    this.streetNames = datasets.surnames.names
      .slice(0, 8192)
      .map((n) => n.charAt(0) + n.slice(1).toLowerCase());
  }
}
