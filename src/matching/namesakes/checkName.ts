/**
 * "How exposed is this name?": how many people in a US-size population share a given name,
 * surname and birth year (and, expected, the full date of birth), and the chance that each
 * preset matching rule pairs the person's record with someone else's.
 *
 * Computed analytically from the population model's frequencies (NameShares.ts), not by
 * generating people, so it answers in about a second for a population of any size; a test
 * checks it against a brute-force count on a generated population. For each rule, λ is the
 * expected number of other people in the searched file who pass it; the chance of at least one
 * wrong match is 1 − e^(−λ) (namesakes arrive independently: a Poisson count). Simplifications,
 * also returned in `notes`: birth years follow the age structure; given name and surname are
 * independent within a community; the fuse.js rule scores given name and surname separately.
 * Pure: the app calls it in a Web Worker with its loaded datasets.
 */
import { COMMUNITY_IDS, type CommunityId } from '../datasets/communitySchema';
import type { Datasets } from '../datasets/parse';
import { fuseScores } from '../comparison/names/fuseScore';
import { jaroWinkler } from '../comparison/names/jaroWinkler';
import { nameControl } from '../comparison/names/nameControl';
import { phoneticAgree, phoneticCodes } from '../comparison/names/phonetic';
import { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import { normaliseName } from '../names/NameDictionary';
import { isLeapYear } from '../population/calendar';
import { parsePopulationConfig, type PopulationConfig } from '../population/config';
import { NameShares } from './NameShares';
import { zipOverlap } from './zipOverlap';

/** US resident population, 1 July 2024 (Census Bureau Vintage 2024 estimates: 340.1 M). */
export const US_POPULATION = 340_110_988;
/** Records ICE sent the IRS (court record; later filings: 1.28 M). */
export const REQUEST_LIST_SIZE = 1_280_000;
/** fuse.js's own default threshold, which "same or similar names" is assumed to keep. */
export const FUSE_DEFAULT_THRESHOLD = 0.6;
/** Agencies' default share of records carrying someone else's TIN (views/agencyConfig.ts). */
export const DEFAULT_WRONG_TIN = 0.002;
/** Names at least this common in some community are scored by fuse.js (the ICE rule). */
const MIN_SCORED_SHARE = 2e-7;

export const NAME_CHECK_RULES = [
  'tin-name-control',
  'exact-name-dob',
  'exact-name-birth-year',
  'similar-name-zip',
  'ice-fuse-name',
] as const;
export type NameCheckRule = (typeof NAME_CHECK_RULES)[number];

export interface NameCheckOptions {
  surname: string;
  given: string;
  /** Birth year. */
  born: number;
  /** Full date, when known (otherwise the expectation over the year's days). */
  birthDate?: { month: number; day: number };
  /** The person's community (default: general). */
  community?: CommunityId;
  /** People in the population (default: the US, 340.1 M). */
  size?: number;
  /** Population parameters (default: the cited defaults). */
  population?: PopulationConfig;
  /** People on the request list the ICE rule compares against (default 1.28 M). */
  listSize?: number;
  /** fuse.js threshold of the ICE rule (default 0.6, fuse.js's default). */
  fuseThreshold?: number;
  /** Share of records with someone else's TIN (default 0.002, the agencies' default). */
  wrongTinRate?: number;
  /**
   * Chance that a wrong TIN belongs to someone with the same name control — a household member
   * sharing the surname (default 0.5, assumption: half of wrong TINs are a relative's).
   */
  wrongTinSameNameControl?: number;
}

export interface RuleExposure {
  rule: NameCheckRule;
  label: string;
  /** λ: expected number of other people who pass the rule with this person's record. */
  expectedOthers: number;
  /**
   * Chance that the record is matched to someone else: 1 − e^(−λ) (at least one other passes);
   * for the ICE rule, which keeps only the most similar, the chance a tie goes to another.
   */
  chanceOfWrongMatch: number;
  /** How λ was obtained, in plain words. */
  explanation: string;
}

export interface NameCheck {
  given: string;
  surname: string;
  born: number;
  /** The full date of birth asked about (YYYY-MM-DD), or null for a year only. */
  birthDate: string | null;
  /** People on the request list the ICE rule compares against, and its fuse.js threshold. */
  list: { size: number; fuseThreshold: number };
  community: CommunityId;
  populationSize: number;
  method: 'analytic';
  /** Expected number of people (the person included) sharing … */
  sharing: {
    givenAndSurname: number;
    givenSurnameAndBirthYear: number;
    givenSurnameAndBirthDate: number;
  };
  /** Shares in the population: surname, given name among people born that year. */
  shares: { surname: number; givenInBirthYear: number; birthYear: number; birthDateInYear: number };
  rules: RuleExposure[];
  /** A name the model's tables do not hold, said before the counts it makes near 0. */
  warnings: string[];
  notes: string[];
}

/** The last model's name shares, kept per datasets: a second check of the same model is fast. */
const cache = new WeakMap<Datasets, { key: string; shares: NameShares }>();
function sharesFor(datasets: Datasets, config: PopulationConfig): NameShares {
  // Shares do not depend on the seed: every replicate of a run (seed + r) shares one.
  const key = JSON.stringify({ ...config, seed: 0 });
  const hit = cache.get(datasets);
  if (hit?.key === key) return hit.shares;
  const shares = new NameShares(datasets, config);
  cache.set(datasets, { key, shares });
  return shares;
}

/** The share of people born in `year` with given name `given` and surname `surname` (normalised). */
function nameAndYearShare(
  shares: NameShares,
  communities: readonly CommunityId[],
  given: string,
  surname: string,
  year: number,
): number {
  let share = 0;
  for (const c of communities) {
    const w = shares.communityShare(c);
    for (const sex of [0, 1])
      share +=
        w * shares.birthYearShare(year, sex) * shares.jointShare(given, surname, c, sex, year);
  }
  return share;
}

/**
 * How many people of the model's population (`config`, its size included) are expected to share
 * given name `given`, surname `surname` (as the model's tables spell them) and birth year `year`
 * — the count check-name gives. People are drawn independently in the tables' terms, so it is
 * also the expected number of others beside a person known to have that name. The replay shows
 * it next to its wrong-match examples.
 */
export function expectedNamesakes(
  datasets: Datasets,
  config: PopulationConfig,
  given: string,
  surname: string,
  year: number,
): number {
  const shares = sharesFor(datasets, config);
  const communities = COMMUNITY_IDS.filter((c) => shares.communityShare(c) > 0);
  const share = nameAndYearShare(
    shares,
    communities,
    normaliseName(given),
    normaliseName(surname),
    year,
  );
  return config.size * share;
}

/** Chance that at least one of a Poisson(λ) number of others passes. */
export const atLeastOne = (lambda: number): number => -Math.expm1(-lambda);

export function checkName(datasets: Datasets, options: NameCheckOptions): NameCheck {
  const config = options.population ?? parsePopulationConfig({});
  const shares = sharesFor(datasets, config);
  const community = options.community ?? 'general';
  const size = options.size ?? US_POPULATION;
  const given = normaliseName(options.given);
  const written = normaliseName(options.surname);
  const year = options.born;
  const communities = COMMUNITY_IDS.filter((c) => shares.communityShare(c) > 0);
  const listed = (name: string) => communities.some((c) => shares.surnameMarginal(c).has(name));
  // The Census file writes particles joined (DE LA CRUZ is DELACRUZ, VAN DYKE is VANDYKE):
  // a surname the tables know only that way is counted as they write it, and the answer says so.
  const joined = written.replace(/[ -]/g, '');
  const surname = !listed(written) && joined !== written && listed(joined) ? joined : written;

  // People born in `year` with the name, summed over communities and sexes.
  const perYear = nameAndYearShare(shares, communities, given, surname, year);
  const yearShare = shares.birthYearShare(year, 0) + shares.birthYearShare(year, 1);
  let surnameShare = 0;
  for (const c of communities)
    surnameShare += shares.communityShare(c) * shares.surnameShare(surname, c);
  // Adults (18+) with the name, over every birth year.
  let givenAndSurname = 0;
  for (let y = config.referenceYear - 100; y <= config.referenceYear - 18; y++)
    for (const c of communities)
      for (const sex of [0, 1]) {
        const pY = shares.birthYearShare(y, sex);
        if (pY > 0)
          givenAndSurname +=
            shares.communityShare(c) * pY * shares.jointShare(given, surname, c, sex, y);
      }
  const dayShare = birthDateShare(datasets.birthDays, year, options.birthDate);
  const sameYear = size * perYear;
  const sameDate = sameYear * dayShare;

  const rules: RuleExposure[] = [];
  const wrongTin = options.wrongTinRate ?? DEFAULT_WRONG_TIN;
  const sameControl = options.wrongTinSameNameControl ?? 0.5;
  const control = nameControl(surname);
  const sameNameControl = memoised((name: string) => nameControl(name) === control);
  let controlShare = 0;
  for (const c of communities)
    controlShare +=
      shares.communityShare(c) * massWhere(shares.surnameMarginal(c), sameNameControl);
  const tinLambda = wrongTin * (sameControl + (1 - sameControl) * controlShare);
  rules.push({
    rule: 'tin-name-control',
    label: 'TIN + name control (IRS)',
    expectedOthers: tinLambda,
    chanceOfWrongMatch: atLeastOne(tinLambda),
    explanation: `Passes only with someone else's taxpayer number on the record (${pct(wrongTin)} of records), whose holder has the name control "${control}": a relative sharing the surname (${pct(sameControl)} of wrong numbers, assumption) or a stranger (${pct(controlShare)} of people have that name control). The address test ("a 5- or 9-digit ZIP") passes anyone.`,
  });
  rules.push({
    rule: 'exact-name-dob',
    label: 'exact name + date of birth',
    expectedOthers: sameDate,
    chanceOfWrongMatch: atLeastOne(sameDate),
    explanation: options.birthDate
      ? `${fmt(sameYear)} people share the name and birth year; ${pct(dayShare)} of those born in ${year} were born on that day.`
      : `${fmt(sameYear)} people share the name and birth year; two people born the same year share the day with chance ${pct(dayShare)} (Σ p(day)², from the births-by-day table).`,
  });
  rules.push({
    rule: 'exact-name-birth-year',
    label: 'exact name + birth year',
    expectedOthers: sameYear,
    chanceOfWrongMatch: atLeastOne(sameYear),
    explanation: `Everyone else with the same given name, surname and birth year passes: ${fmt(sameYear)} expected in ${fmt(size)} people.`,
  });

  // "Same or similar names" in the same ZIP.
  const families = new RomanisationFamilies(datasets.communities);
  const codes = phoneticCodes(given);
  const givenSimilar = memoised(
    (name: string) =>
      name === given ||
      families.related(name, given) ||
      jaroWinkler(name, given) >= 0.8 ||
      phoneticAgree(codes, phoneticCodes(name), 'doubleMetaphone'),
  );
  const surnameSimilar = (name: string) => name === surname || families.related(name, surname);
  let similarLambda = 0;
  for (const c of communities) {
    const pG = massWhere(shares.adultGivenMarginal(c), givenSimilar);
    const pS = massWhere(shares.surnameMarginal(c), surnameSimilar);
    const overlap = zipOverlap(datasets.zcta, shares.groupMix[community], shares.groupMix[c]);
    similarLambda +=
      size * adultShare(shares, config) * shares.communityShare(c) * pG * pS * overlap;
  }
  rules.push({
    rule: 'similar-name-zip',
    label: 'similar name + same ZIP',
    expectedOthers: similarLambda,
    chanceOfWrongMatch: atLeastOne(similarLambda),
    explanation: `Adults with a similar given name (Jaro–Winkler ≥ 0.80, Double Metaphone or a romanisation of "${given}") and the surname "${surname}" or a romanisation of it, living in the same ZIP code (the chance of sharing a ZIP follows where each community lives, Census 2010). No date of birth is compared.`,
  });

  // ICE's cross-reference: fuse.js over names, against the request list.
  const threshold = options.fuseThreshold ?? FUSE_DEFAULT_THRESHOLD;
  const listSize = options.listSize ?? REQUEST_LIST_SIZE;
  const listMix = listShares(shares, config, communities);
  const givenFuse = fuseMass(communities, (c) => shares.adultGivenMarginal(c), given, threshold);
  const surnameFuse = fuseMass(communities, (c) => shares.surnameMarginal(c), surname, threshold);
  let iceLambda = 0;
  let iceTies = 0;
  for (const c of communities) {
    const onList = listSize * listMix.get(c)!;
    iceLambda += onList * givenFuse.get(c)!.within * surnameFuse.get(c)!.within;
    iceTies += onList * givenFuse.get(c)!.identical * surnameFuse.get(c)!.identical;
  }
  // ICE takes the most similar list record and breaks ties at random; the same full name is the
  // best score (0), so with the person's own record under the same name, a wrong link needs
  // another person of exactly that name on the list, and wins 1 time in k + 1 of k such.
  const tieLoss = iceTies > 0 ? 1 - -Math.expm1(-iceTies) / iceTies : 0;
  rules.push({
    rule: 'ice-fuse-name',
    label: `"same or similar names" (fuse.js ≤ ${threshold})`,
    expectedOthers: iceLambda,
    chanceOfWrongMatch: tieLoss,
    explanation: `${fmt(iceLambda)} other people on a ${Math.round(listSize).toLocaleString('en-US')}-person request list have a given name and a surname each scoring ≤ ${threshold} against "${given} ${surname}" in fuse.js (${threshold === FUSE_DEFAULT_THRESHOLD ? "fuse.js's default threshold" : "the scenario's threshold"}; with ignoreLocation a name inside a longer one scores 0). ICE takes the most similar, breaking ties at random: ${fmt(iceTies)} others on the list carry exactly this name, as the person's own record does, so the chance of linking someone else is 1 − (1 − e^(−λ₀))/λ₀ with λ₀ = ${fmt(iceTies)}. The list's communities follow who has a final order of removal.`,
  });

  return {
    given,
    surname,
    born: year,
    birthDate: options.birthDate
      ? `${year}-${String(options.birthDate.month).padStart(2, '0')}-${String(options.birthDate.day).padStart(2, '0')}`
      : null,
    list: { size: listSize, fuseThreshold: threshold },
    community,
    populationSize: size,
    method: 'analytic',
    sharing: {
      givenAndSurname: size * givenAndSurname,
      givenSurnameAndBirthYear: sameYear,
      givenSurnameAndBirthDate: sameDate,
    },
    shares: {
      surname: surnameShare,
      givenInBirthYear: yearShare > 0 ? perYear / (yearShare * Math.max(surnameShare, 1e-300)) : 0,
      birthYear: yearShare,
      birthDateInYear: dayShare,
    },
    rules,
    warnings: [
      ...(surname !== written
        ? [`Note: the surname "${written}" is counted as ${surname}, as the Census file writes it.`]
        : []),
      ...unknownNameWarnings(shares, communities, given, surname),
    ],
    notes: [
      'Computed analytically from the population model’s name and birth-date tables (not by generating people); counts are expectations.',
      'Birth years follow the age structure of the reference year; given name and surname are taken as independent within a community.',
      'The chance of a wrong match is 1 − e^(−λ), λ the expected number of other people passing the rule; records are taken as free of noise, except wrong taxpayer numbers for the TIN rule.',
      'The fuse.js rule scores given name and surname separately (the agencies’ exact query is not public); rare surnames (fewer than 100 bearers) are left out of the similar-name sums.',
    ],
  };
}

/**
 * Warnings for a name the model's tables do not hold, so that "0 people share it" is not read as
 * safety: an unlisted given name has no bearers in the model (a rare or differently written
 * spelling, e.g. MINJUN for MIN-JUN); an unlisted surname is counted at the rare tail's share.
 */
function unknownNameWarnings(
  shares: NameShares,
  communities: readonly CommunityId[],
  given: string,
  surname: string,
): string[] {
  const warnings: string[] = [];
  if (!communities.some((c) => (shares.adultGivenMarginal(c).get(given) ?? 0) > 0))
    warnings.push(
      `Warning: the given name "${given}" is not in the model's given-name tables (SSA names with 5 or more births a year, Tzioumis, the community lists), so the model gives it no bearers and the counts below are near 0. That is not safety: a rarer or differently written spelling (with or without a hyphen or space) has namesakes the tables do not hold. Try the usual spelling.`,
    );
  if (!communities.some((c) => shares.surnameMarginal(c).has(surname)))
    warnings.push(
      `Warning: the surname "${surname}" is not among the model's listed surnames (Census 2010 names with 100 or more bearers, the community lists); it is counted at the mean share of a rare surname.`,
    );
  return warnings;
}

/** Share of people born in `year` born on the given day, or Σ p(day)² without one. */
export function birthDateShare(
  weights: Float64Array,
  year: number,
  date?: { month: number; day: number },
): number {
  const days = Array.from(weights);
  if (!isLeapYear(year)) days.splice(59, 1);
  const total = days.reduce((a, b) => a + b, 0);
  if (date) {
    const cumulative = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let index = date.day - 1;
    for (let m = 0; m < date.month - 1; m++) index += cumulative[m]!;
    return (days[index] ?? 0) / total;
  }
  return days.reduce((s, w) => s + (w / total) ** 2, 0);
}

function adultShare(shares: NameShares, config: PopulationConfig): number {
  let adults = 0;
  let all = 0;
  for (let year = config.referenceYear - 100; year <= config.referenceYear; year++) {
    const p = shares.birthYearShare(year, 0) + shares.birthYearShare(year, 1);
    all += p;
    if (config.referenceYear - year >= 18) adults += p;
  }
  return all > 0 ? adults / all : 1;
}

function memoised(test: (name: string) => boolean): (name: string) => boolean {
  const known = new Map<string, boolean>();
  return (name) => {
    let result = known.get(name);
    if (result === undefined) known.set(name, (result = test(name)));
    return result;
  };
}

function massWhere(distribution: Map<string, number>, test: (name: string) => boolean): number {
  let p = 0;
  for (const [name, q] of distribution) if (test(name)) p += q;
  return p;
}

/** Who is on the request list, by community: people with a final order (foreign-born). */
function listShares(shares: NameShares, config: PopulationConfig, communities: CommunityId[]) {
  const weights = new Map(
    communities.map((c) => [c, shares.communityShare(c) * config.foreignBornShare[c]]),
  );
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  for (const [c, w] of weights) weights.set(c, w / total);
  return weights;
}

/**
 * Per community, the probability mass of names scoring ≤ threshold against `query` in fuse.js.
 * Names rarer than MIN_SCORED_SHARE in every community are not scored (one fuse index over the
 * rest): together they hold under 1 % of any community's names.
 */
function fuseMass(
  communities: CommunityId[],
  distribution: (c: CommunityId) => Map<string, number>,
  query: string,
  threshold: number,
): Map<CommunityId, { within: number; identical: number }> {
  const names = new Set<string>();
  for (const c of communities)
    for (const [name, p] of distribution(c)) if (p >= MIN_SCORED_SHARE) names.add(name);
  const targets = [...names];
  const scores = fuseScores(query, targets);
  const within = new Set(targets.filter((_, i) => scores[i]! <= threshold));
  return new Map(
    communities.map((c) => [
      c,
      {
        within: massWhere(distribution(c), (n) => within.has(n)),
        identical: distribution(c).get(query) ?? 0,
      },
    ]),
  );
}

const fmt = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 1 ? n.toFixed(1) : n.toPrecision(2);
const pct = (p: number) => `${(100 * p).toPrecision(2)} %`;
