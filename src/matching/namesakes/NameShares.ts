/**
 * How common a name is in the population model, computed analytically from the tables the
 * generator samples from (population/model.ts, givenNameModel.ts, surnameModel.ts) rather than
 * by generating people: P(surname | community), P(given name | community, sex, birth year) and
 * P(birth year). The generator's own structure is followed — a community's surname list at its
 * shares, the rest from its group's Census distribution; foreign-born members' given names from
 * the community's list, US-born members' from SSA × Tzioumis for the group; the general
 * community a mix of groups — with two simplifications, stated in checkName.ts: birth years
 * follow the age structure (the generator derives children's years from their parents'), and a
 * person's surname is independent of their given name and birth year within a community.
 */
import {
  COMMUNITY_IDS,
  RACE_GROUPS,
  type CommunityId,
  type CommunityProfile,
} from '../datasets/communitySchema';
import { GIVEN_NAME_DECADES, type Datasets } from '../datasets/parse';
import { normaliseName } from '../names/NameDictionary';
import { decadeIndex } from '../population/givenNameModel';
import type { PopulationConfig } from '../population/config';
import { Geography } from '../population/geography';
import { compoundGivenShares } from './compoundGivenNames';

const GROUPS = RACE_GROUPS.length;
const DECADES = GIVEN_NAME_DECADES.length;
/** Age from which the generator's people are householders or partners (foreign-born as such). */
const ADULT_AGE = 18;

/** A community's mix of race/ethnicity groups: one group, or the general community's mix. */
type GroupMix = Float64Array;

export class NameShares {
  /** Normalised SSA × Tzioumis weights per (sex · DECADES + decade) · GROUPS + group, by name. */
  private readonly usGiven = new Map<string, Float64Array>();
  /** Given-name index rows: name → indices in the SSA table (one per sex). */
  private readonly givenRows = new Map<string, number[]>();
  private readonly usGivenTotals: Float64Array;
  /** Per SSA row: the normalised name and its Tzioumis group shares (GROUPS per row). */
  private readonly givenNormal: string[];
  private readonly givenRace: Float64Array;
  private readonly surnameIndex = new Map<string, number>();
  private readonly surnameTotals: Float64Array;
  private readonly tailShare: number;
  private readonly profiles: Map<CommunityId, CommunityProfile>;
  readonly groupMix: Record<CommunityId, GroupMix>;
  private readonly yearShare: [Map<number, number>, Map<number, number>];
  private readonly compoundCache = new Map<string, Map<string, number>>();
  private readonly marginalCache = new Map<string, Map<string, number>>();

  constructor(
    readonly datasets: Datasets,
    readonly config: PopulationConfig,
  ) {
    const { givenNames, givenNameRace, surnames, surnameResidual, ageStructure } = datasets;
    // US given-name model totals per (sex, decade, group).
    this.usGivenTotals = new Float64Array(2 * DECADES * GROUPS);
    this.givenNormal = givenNames.names.map(normaliseName);
    this.givenRace = new Float64Array(givenNames.names.length * GROUPS);
    for (let i = 0; i < givenNames.names.length; i++) {
      const name = this.givenNormal[i]!;
      const rows = this.givenRows.get(name) ?? [];
      rows.push(i);
      this.givenRows.set(name, rows);
      const race = givenNameRace.byName.get(givenNames.names[i]!) ?? givenNameRace.other;
      this.givenRace.set(race.subarray(0, GROUPS), i * GROUPS);
      const sex = givenNames.sex[i]!;
      for (let d = 0; d < DECADES; d++) {
        const births = givenNames.byDecade[d]![i]!;
        for (let g = 0; g < GROUPS; g++)
          this.usGivenTotals[(sex * DECADES + d) * GROUPS + g]! += births * race[g]!;
      }
    }
    surnames.names.forEach((name, i) => this.surnameIndex.set(name, i));
    this.surnameTotals = Float64Array.from(RACE_GROUPS, (group, g) => {
      let sum = surnameResidual.residualCount * surnameResidual.residualShares[RACE_GROUPS[g]!];
      for (const v of surnames.byRace[group]) sum += v;
      return sum;
    });
    // A rare surname (fewer than 100 bearers) has the tail's mean number of bearers.
    this.tailShare =
      surnameResidual.residualCount /
      (surnameResidual.distinctSurnamesTotal - surnameResidual.listedNames) /
      surnameResidual.totalPopulation;
    this.profiles = new Map(datasets.communities.communities.map((p) => [p.id, p]));

    const national = Geography.groupShares(datasets.zcta);
    const general = Float64Array.from(national, (share, g) => {
      let inNamed = 0;
      for (const id of COMMUNITY_IDS) {
        const race = this.profiles.get(id)?.race;
        if (id !== 'general' && race && RACE_GROUPS.indexOf(race) === g)
          inNamed += config.communityShare[id];
      }
      return Math.max(0, share - inNamed);
    });
    const generalSum = general.reduce((a, b) => a + b, 0);
    this.groupMix = Object.fromEntries(
      COMMUNITY_IDS.map((id) => {
        const race = this.profiles.get(id)?.race;
        const mix = new Float64Array(GROUPS);
        if (race) mix[RACE_GROUPS.indexOf(race)] = 1;
        else for (let g = 0; g < GROUPS; g++) mix[g] = general[g]! / generalSum;
        return [id, mix];
      }),
    ) as Record<CommunityId, GroupMix>;

    const total =
      ageStructure.male.reduce((a, b) => a + b, 0) + ageStructure.female.reduce((a, b) => a + b, 0);
    this.yearShare = [new Map(), new Map()];
    ageStructure.years.forEach((year, i) => {
      this.yearShare[0].set(year, ageStructure.female[i]! / total);
      this.yearShare[1].set(year, ageStructure.male[i]! / total);
    });
  }

  /** Share of the population in each community (general takes what the others leave). */
  communityShare(id: CommunityId): number {
    if (id !== 'general') return this.config.communityShare[id];
    return (
      1 -
      COMMUNITY_IDS.filter((c) => c !== 'general').reduce(
        (s, c) => s + this.config.communityShare[c],
        0,
      )
    );
  }

  /** P(born in `year`, of sex `sex`) in the whole population (age structure of the reference year). */
  birthYearShare(year: number, sex: number): number {
    return this.yearShare[sex]!.get(year) ?? 0;
  }

  /** P(surname | community): the community's list at its shares, the rest from its group(s). */
  surnameShare(surname: string, community: CommunityId): number {
    const name = normaliseName(surname);
    const profile = this.profiles.get(community)!;
    if (profile.conventions.patronymic) {
      // The surname is the father's given name (born about 30 years earlier, 1970s fathers).
      return this.givenShare(name, community, 1, this.config.referenceYear - 60);
    }
    // Listed and Census surnames at their shares; a rarer one at the tail's mean share.
    return this.surnameMarginal(community).get(name) ?? this.tailShare;
  }

  /** Share of people of group `g` with a given Census surname (or a rare one's mean share). */
  private censusSurnameShare(name: string, g: number): number {
    return this.censusSurnameBearers(name, g) / this.surnameTotals[g]!;
  }

  private censusSurnameBearers(name: string, g: number): number {
    const i = this.surnameIndex.get(name);
    if (i === undefined) return this.tailShare * this.surnameTotals[g]!;
    return this.datasets.surnames.byRace[RACE_GROUPS[g]!][i]!;
  }

  /**
   * P(given name and surname | community, sex, birth year [, born abroad]). Within one group
   * they are independent; the general community mixes groups, so its joint share is the mix of
   * each group's product (SMITH and JAMES are both commoner among some groups).
   */
  jointShare(
    given: string,
    surname: string,
    community: CommunityId,
    sex: number,
    year: number,
    foreign?: boolean,
  ): number {
    const profile = this.profiles.get(community)!;
    const mixed = !profile.race && !this.distributionOf(profile) && !profile.conventions.patronymic;
    const givenP = (c: CommunityId) =>
      foreign === undefined
        ? this.givenShare(given, c, sex, year)
        : this.givenShareBy(given, c, sex, year, foreign);
    if (!mixed || profile.givenNames || profile.conventions.compoundGiven.share > 0)
      return this.surnameShare(surname, community) * givenP(community);
    const g0 = normaliseName(given);
    const s0 = normaliseName(surname);
    let p = 0;
    this.groupMix[community].forEach((w, g) => {
      if (w > 0) p += w * this.censusSurnameShare(s0, g) * this.usGivenShare(g0, g, sex, year);
    });
    return p;
  }

  /** P(given name | group, sex, birth year) in the US model (SSA × Tzioumis). */
  usGivenShare(name: string, g: number, sex: number, year: number): number {
    const rows = this.givenRows.get(name);
    if (!rows) return 0;
    const { givenNames } = this.datasets;
    const d = decadeIndex(year);
    let weight = 0;
    for (const i of rows) {
      if (givenNames.sex[i] !== sex) continue;
      weight += givenNames.byDecade[d]![i]! * this.givenRace[i * GROUPS + g]!;
    }
    const total = this.usGivenTotals[(sex * DECADES + d) * GROUPS + g]!;
    return total > 0 ? weight / total : 0;
  }

  /**
   * P(given name | community, sex, birth year): as CommunityGivenNames (model.ts) draws it —
   * a compound name with the community's compound share; else, for the foreign-born, the
   * community's list (the rest from the US model of the list's remainder group); for the
   * US-born, the US model of the household's group.
   */
  givenShare(given: string, community: CommunityId, sex: number, year: number): number {
    const age = this.config.referenceYear - year;
    const foreign =
      this.config.foreignBornShare[community] *
      (age >= ADULT_AGE ? 1 : 1 - this.config.childUsBornShare);
    return (
      foreign * this.givenShareBy(given, community, sex, year, true) +
      (1 - foreign) * this.givenShareBy(given, community, sex, year, false)
    );
  }

  /** P(given name | community, sex, birth year, born abroad or not): model.ts's draw exactly. */
  givenShareBy(
    given: string,
    community: CommunityId,
    sex: number,
    year: number,
    foreign: boolean,
  ): number {
    const name = normaliseName(given);
    const profile = this.profiles.get(community)!;
    const hasModel =
      profile.givenNames !== undefined || profile.conventions.compoundGiven.share > 0;
    if (!hasModel) {
      let p = 0;
      this.groupMix[community].forEach((w, g) => {
        if (w > 0) p += w * this.usGivenShare(name, g, sex, year);
      });
      return p;
    }
    const ownGroup = RACE_GROUPS.indexOf(
      profile.givenNames?.remainderRace ?? profile.race ?? 'white',
    );
    const us = this.usGivenShare(name, ownGroup, sex, year);
    let simple = us;
    if (foreign) {
      const list = (sex === 0 ? profile.givenNames?.female : profile.givenNames?.male) ?? [];
      const listedMass = list.reduce((a, w) => a + w.share, 0);
      const listed = list
        .filter((w) => normaliseName(w.name) === name)
        .reduce((a, w) => a + w.share, 0);
      simple = listed + (listedMass > 0 ? Math.max(0, 1 - listedMass) : 1) * us;
    }
    const compound = profile.conventions.compoundGiven.share;
    if (compound === 0) return simple;
    return compound * this.compoundShare(name, community, sex, ownGroup) + (1 - compound) * simple;
  }

  /** P(a compound given name is `name`) for the community and sex (model.ts's construction). */
  private compoundShare(name: string, community: CommunityId, sex: number, g: number): number {
    return this.compoundTable(community, sex, g).get(name) ?? 0;
  }

  private compoundTable(community: CommunityId, sex: number, g: number): Map<string, number> {
    const key = `${community}:${sex}`;
    let table = this.compoundCache.get(key);
    if (!table) {
      const compound = this.profiles.get(community)!.conventions.compoundGiven;
      const firsts = sex === 0 ? compound.female : compound.male;
      table = compoundGivenShares(this.datasets, firsts, sex, RACE_GROUPS[g]!);
      this.compoundCache.set(key, table);
    }
    return table;
  }

  /**
   * P(given name) among the community's adults (18+ in the reference year), every name the
   * model can give them: the per-year model averaged over the adult age structure by decade.
   */
  adultGivenMarginal(community: CommunityId): Map<string, number> {
    const cached = this.marginalCache.get(community);
    if (cached) return cached;
    const decadeWeight = [new Float64Array(DECADES), new Float64Array(DECADES)];
    const adultYear = this.config.referenceYear - ADULT_AGE;
    const { ageStructure } = this.datasets;
    let total = 0;
    ageStructure.years.forEach((year, i) => {
      if (year > adultYear) return;
      const d = decadeIndex(year);
      decadeWeight[0]![d]! += ageStructure.female[i]!;
      decadeWeight[1]![d]! += ageStructure.male[i]!;
      total += ageStructure.female[i]! + ageStructure.male[i]!;
    });
    const result = new Map<string, number>();
    const add = (name: string, p: number) => result.set(name, (result.get(name) ?? 0) + p);
    const profile = this.profiles.get(community)!;
    const special = profile.givenNames !== undefined || profile.conventions.compoundGiven.share > 0;
    // The US model's names, vectorised over the SSA table.
    const { givenNames } = this.datasets;
    const rowsP = new Float64Array(givenNames.names.length);
    const mix = this.groupMix[community];
    const foreign = special ? this.config.foreignBornShare[community] : 0;
    const compound = special ? profile.conventions.compoundGiven.share : 0;
    const ownGroup = RACE_GROUPS.indexOf(
      profile.givenNames?.remainderRace ?? profile.race ?? 'white',
    );
    for (let sex = 0; sex < 2; sex++) {
      const list = (sex === 0 ? profile.givenNames?.female : profile.givenNames?.male) ?? [];
      const listedMass = list.reduce((a, w) => a + w.share, 0);
      const rest = listedMass > 0 ? Math.max(0, 1 - listedMass) : 1;
      // Weight of the US model of each group in this sex's names.
      const usWeight = new Float64Array(GROUPS);
      if (special) usWeight[ownGroup] = (1 - compound) * (foreign * rest + (1 - foreign));
      else for (let g = 0; g < GROUPS; g++) usWeight[g] = mix[g]!;
      let sexMass = 0;
      for (let d = 0; d < DECADES; d++) {
        const pd = decadeWeight[sex]![d]! / total;
        if (pd === 0) continue;
        sexMass += pd;
        const births = givenNames.byDecade[d]!;
        for (let g = 0; g < GROUPS; g++) {
          const norm = this.usGivenTotals[(sex * DECADES + d) * GROUPS + g]!;
          const w = (usWeight[g]! * pd) / norm;
          if (!(w > 0)) continue;
          for (let i = 0; i < rowsP.length; i++) {
            if (givenNames.sex[i] === sex && births[i]! > 0)
              rowsP[i]! += w * births[i]! * this.givenRace[i * GROUPS + g]!;
          }
        }
      }
      for (const entry of list)
        add(normaliseName(entry.name), sexMass * (1 - compound) * foreign * entry.share);
      if (compound > 0)
        for (const [name, p] of this.compoundTable(community, sex, ownGroup))
          add(name, sexMass * compound * p);
    }
    for (let i = 0; i < rowsP.length; i++) if (rowsP[i]! > 0) add(this.givenNormal[i]!, rowsP[i]!);
    this.marginalCache.set(community, result);
    return result;
  }

  /** P(surname) in the community over the listed and Census surnames (the rare tail left out). */
  surnameMarginal(community: CommunityId): Map<string, number> {
    const key = `surname:${community}`;
    const cached = this.marginalCache.get(key);
    if (cached) return cached;
    const profile = this.profiles.get(community)!;
    let result: Map<string, number>;
    if (profile.conventions.patronymic) {
      result = this.adultGivenMarginal(community);
    } else {
      result = new Map();
      const { surnames } = this.datasets;
      const distribution = this.distributionOf(profile);
      if (!distribution) {
        this.groupMix[community].forEach((w, g) => {
          if (w === 0) return;
          const column = surnames.byRace[RACE_GROUPS[g]!];
          const scale = w / this.surnameTotals[g]!;
          surnames.names.forEach((name, i) => {
            if (column[i]! > 0) result.set(name, (result.get(name) ?? 0) + column[i]! * scale);
          });
        });
      } else {
        const listed = new Set(distribution.names.map((w) => normaliseName(w.name)));
        const column = surnames.byRace[distribution.remainderRace];
        const g = RACE_GROUPS.indexOf(distribution.remainderRace);
        let removed = 0;
        surnames.names.forEach((name, i) => {
          if (listed.has(name)) removed += column[i]!;
        });
        const listedMass = distribution.names.reduce((a, w) => a + w.share, 0);
        const rest = listedMass > 0 ? Math.max(0, 1 - listedMass) : 1;
        const scale = rest / (this.surnameTotals[g]! - removed);
        surnames.names.forEach((name, i) => {
          if (!listed.has(name) && column[i]! > 0) result.set(name, column[i]! * scale);
        });
        for (const w of distribution.names) result.set(normaliseName(w.name), w.share);
      }
    }
    this.marginalCache.set(key, result);
    return result;
  }

  private distributionOf(profile: CommunityProfile) {
    return this.config.surnameSource === 'origin'
      ? (profile.surnames.origin ?? profile.surnames.usResident)
      : (profile.surnames.usResident ?? profile.surnames.origin);
  }
}
