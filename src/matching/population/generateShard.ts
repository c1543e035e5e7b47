/**
 * Generates one shard: households one after another, each placed at an address and filled with
 * a householder, perhaps a partner and a parent, and children — with names, birth dates and
 * legal statuses that hang together as families do (shared surnames, Jr./Sr., twins,
 * mixed-status homes).
 *
 * In phases, so that draws from large tables are grouped by table (DrawBatch) and stay in cache:
 * household skeletons (kind, moved) → their ZIP codes → addresses and members, whose names are
 * only asked for → the names (ShardNames), or none until asked for. Every draw but the names'
 * comes from the shard's own stream in a fixed order, and every name draw is keyed by the
 * person (shardNames.ts), so shard k has the same bytes wherever it is made, names drawn or not.
 */
import { Rng, streamId } from '../random/prng';
import { RareChance } from '../random/RareChance';
import { DRAW, FATHER_NAME, FROM_GIVEN, FROM_MOTHER, NONE, type ShardNames } from './shardNames';
import { workspaceOf, type ShardWorkspace } from './shardWorkspace';
import { pack, Role, Suffix, withSuffix } from './attributes';
import { yearOf, yearStart } from './calendar';
import type { CommunityModel, PopulationModel } from './model';
import { NO_ADDRESS, PopulationShard, SHARD_SIZE, type PeopleColumns } from './PopulationShard';
import { LEGAL_STATUSES } from './config';

/** Stream label of the population stage (other stages use other labels). */
export const POPULATION_STREAM = 1;

const CITIZEN = LEGAL_STATUSES.indexOf('citizen');
const MIN_AGE_OF_PARENT = 18;
const PARENT_AGE_SPAN = 25;

export interface ShardOptions {
  /**
   * 'all' (the default) draws every name and birth day; 'onRequest' leaves the names and the day
   * within the birth year undrawn until `shard.resolvePerson` asks for them (the same ones,
   * drawn later), for a task that reads few people's names or exact birth dates. Such a shard's
   * people can be asked for until this thread makes another shard.
   */
  names?: 'all' | 'onRequest';
}

/** Builds shard `shardIndex` with exactly `people` people (SHARD_SIZE, or fewer for the last). */
export function generateShard(
  model: PopulationModel,
  shardIndex: number,
  people: number,
  options: ShardOptions = {},
): PopulationShard {
  if (people < 0 || people > SHARD_SIZE)
    throw new RangeError(`a shard holds 0–${SHARD_SIZE} people, not ${people}`);
  const { config } = model;
  const rng = new Rng(config.seed, streamId(POPULATION_STREAM, shardIndex));
  const kinds = model.householdKinds;

  const workspace = workspaceOf(model);

  // 1. Household skeletons: kind (community, group, nativity, size) and whether it moved.
  const households = householdSkeletons(model, rng, people, workspace);
  const { kind: skeletonKind, moved: skeletonMoved } = workspace;
  const book = workspace.addressBook(shardIndex, households);
  // 2. Their ZIP codes (and a mover's other ZIP), drawn table by table.
  const zipBatch = workspace.zipBatch;
  zipBatch.clear();
  for (let hh = 0; hh < households; hh++) {
    const group = kinds.group[skeletonKind[hh]!]!;
    zipBatch.add(group, hh);
    if (skeletonMoved[hh]) zipBatch.add(group, households + hh);
  }
  const zips = workspace.zipsFor(households);
  zipBatch.drawInto(rng, zips);

  // 3. Addresses and members, household by household.
  const { p, h } = workspace.columns(people, households);
  const ref = config.referenceYear;
  const moveWindowStart = yearStart(ref - 3);
  const oldestYear = ref - 95;
  const names = workspace.shardNames(people, shardIndex);
  const person = new PersonWriter(model, rng, p, names);
  // Rare events are decided by skipping (one draw per event, not per trial).
  const poBoxes = new RareChance(rng, config.poBoxShare);
  const multigenerational = [
    new RareChance(rng, config.multigenerationalShare.native),
    new RareChance(rng, config.multigenerationalShare.foreignBorn),
  ] as const;
  const twins = new RareChance(rng, config.twinDeliveryShare);
  const juniors = new RareChance(rng, config.juniorShare);
  let n = 0;
  for (let hh = 0; hh < households; hh++) {
    const kind = skeletonKind[hh]!;
    const community = model.communities[kinds.community[kind]!]!;
    const group = kinds.group[kind]!;
    const foreign = kinds.foreign[kind] === 1;
    const size = Math.min(kinds.size[kind]!, people - n);
    const zip = zips[hh]!;
    const apartmentShare = foreign
      ? config.apartmentShare.foreignBorn
      : config.apartmentShare.native;
    // The previous home first: it may be the home of a household placed earlier, never this one.
    if (skeletonMoved[hh]) {
      h.previousAddress[hh] = book.previousHome(rng, zip, zips[households + hh]!);
      h.movedOn[hh] = moveWindowStart + rng.below(3 * 365);
    } else {
      h.previousAddress[hh] = NO_ADDRESS;
    }
    h.address[hh] = book.home(rng, zip, rng.chance(apartmentShare));
    h.mailAddress[hh] = poBoxes.next() ? book.poBox(rng, zip) : NO_ADDRESS;
    h.firstMember[hh] = n;
    h.size[hh] = size;
    h.community[hh] = community.index;
    h.group[hh] = group;
    person.beginHousehold(community, group, foreign, shardIndex * SHARD_SIZE + hh);

    // Householder.
    const sexAndYear = model.birthDates.sampleHouseholder(rng);
    const hSex = sexAndYear & 1;
    const hYear = sexAndYear >> 1;
    const householder = n++;
    person.write(householder, Role.householder, hSex, hYear, foreign, DRAW, DRAW);
    let father = hSex === 1 ? householder : -1;
    let mother = hSex === 0 ? householder : -1;
    let left = size - 1;

    // Partner.
    if (left > 0 && rng.chance(config.partnerShare)) {
      const sex = 1 - hSex;
      const year = Math.min(hYear + rng.below(9) - 4, ref - MIN_AGE_OF_PARENT);
      const partner = n++;
      const takes = rng.chance(community.spouseTakesSurname);
      person.write(partner, Role.partner, sex, year, foreign, takes ? householder : DRAW, DRAW);
      if (foreign && rng.chance(config.partnerSameStatus)) person.copyStatus(householder, partner);
      if (sex === 1) father = partner;
      else mother = partner;
      left--;
    }

    // A parent of the householder (multigenerational home).
    if (left > 0 && size >= 3 && multigenerational[foreign ? 1 : 0].next()) {
      const sex = rng.nextUint32() >>> 31;
      const year = Math.max(oldestYear, hYear - 20 - rng.below(20));
      const sameSurname = sex === 1 && !community.conventions.patronymic;
      person.write(n++, Role.parent, sex, year, foreign, sameSurname ? householder : DRAW, DRAW);
      left--;
    }

    // Children: the father's (else the householder's) surname; patronymic, the father's given
    // name (or, with no father at home, a name drawn for him).
    const patronymic = community.conventions.patronymic;
    const childSurname = patronymic
      ? father >= 0
        ? FROM_GIVEN - father
        : FATHER_NAME
      : father >= 0
        ? father
        : householder;
    const childSurname2 =
      community.conventions.secondSurname > 0 && mother >= 0 ? FROM_MOTHER - mother : NONE;
    let junior = false;
    let previousChild = -1;
    for (; left > 0; left--) {
      const child = n++;
      const twin = previousChild >= 0 && twins.next();
      const sex = rng.nextUint32() >>> 31;
      let year = twin ? -1 : hYear + MIN_AGE_OF_PARENT + 2 + rng.below(PARENT_AGE_SPAN);
      if (year > ref) year = ref - rng.below(Math.max(1, ref - hYear - MIN_AGE_OF_PARENT));
      const bornAbroad = foreign && !rng.chance(config.childUsBornShare);
      if (twin)
        person.writeTwin(child, previousChild, sex, bornAbroad, childSurname, childSurname2);
      else person.write(child, Role.child, sex, year, bornAbroad, childSurname, childSurname2);
      if (!junior && sex === 1 && father >= 0 && !twin && juniors.next()) {
        junior = true;
        names.junior(child, father);
        p.attrs[child] = withSuffix(p.attrs[child]!, Suffix.junior);
        p.attrs[father] = withSuffix(p.attrs[father]!, Suffix.senior);
      }
      previousChild = child;
    }
  }
  const resolver = options.names === 'onRequest' ? names.onRequest(p, h) : null;
  if (!resolver) names.finish(p, h);
  const { addresses, buildings } = book.finish();
  return new PopulationShard(shardIndex, p, h, addresses, buildings, resolver);
}

/**
 * Hands a shard's people and household columns back to its model's workspace, to be the next
 * shard's (this thread): for a task that drops its shard when done, as a replay shard does. A
 * fresh shard's columns cost a page fault and a zeroing per 4 KiB and, dropped, a garbage
 * collection of tens of megabytes. The caller must not read `shard` afterwards, nor keep any of
 * its columns: they will hold another shard.
 */
export function recycleShard(model: PopulationModel, shard: PopulationShard): void {
  workspaceOf(model).recycle(shard);
}

/**
 * The kinds of the shard's households (HouseholdKinds) until they hold `people` people (the
 * last may be cut short), and whether each moved in the last three years, into the workspace's
 * skeleton arrays; returns how many households there are.
 */
function householdSkeletons(
  model: PopulationModel,
  rng: Rng,
  people: number,
  workspace: ShardWorkspace,
): number {
  const kinds = model.householdKinds;
  const moved = model.config.movedShare;
  // Every household holds at least one person.
  workspace.ensureHouseholds(people);
  const { kind, moved: hasMoved } = workspace;
  let households = 0;
  for (let n = 0; n < people; households++) {
    const k = kinds.sample(rng);
    kind[households] = k;
    hasMoved[households] = rng.chance(moved) ? 1 : 0;
    n += kinds.size[k]!;
  }
  return households;
}

/** Writes one person's columns; keeps the household's context between calls. */
class PersonWriter {
  private community!: CommunityModel;
  private group = 0;
  private householdId = 0;
  private refugee = false;

  constructor(
    private readonly model: PopulationModel,
    private readonly rng: Rng,
    private readonly p: PeopleColumns,
    private readonly names: ShardNames,
  ) {}

  beginHousehold(
    community: CommunityModel,
    group: number,
    foreign: boolean,
    householdId: number,
  ): void {
    this.community = community;
    this.group = group;
    this.householdId = householdId;
    this.refugee = foreign && this.rng.chance(community.refugeeShare);
  }

  /**
   * `surname` and `surname2` say where the names come from (DRAW…, shardNames.ts): the names
   * are only asked for here, and drawn from the person's columns by ShardNames.
   */
  write(
    i: number,
    role: number,
    sex: number,
    year: number,
    foreign: boolean,
    surname: number,
    surname2: number,
  ): void {
    const { model, rng, p, community } = this;
    this.names.ask(i, surname, surname2);
    const refugee = foreign && this.refugee;
    const januaryFirst = refugee && rng.chance(model.config.refugeeJanuaryFirstShare);
    // The day within the year is drawn with the names (ShardNames), or when asked for.
    p.dob[i] = yearStart(year);
    const status = foreign ? model.statusAlias.sample(rng) : CITIZEN;
    p.attrs[i] = pack(
      sex,
      foreign,
      status,
      community.index,
      Suffix.none,
      role,
      januaryFirst,
      refugee,
    );
    p.household[i] = this.householdId;
  }

  /** A twin of `sibling`: same birth date, own name and sex. */
  writeTwin(
    i: number,
    sibling: number,
    sex: number,
    foreign: boolean,
    surname: number,
    surname2: number,
  ): void {
    const { p } = this;
    const dob = p.dob[sibling]!;
    const year = yearOf(dob);
    this.write(i, Role.child, sex, year, foreign, surname, surname2);
    p.dob[i] = dob;
    this.names.twin(i, sibling, this.model.givenNames.tableKey(sex, year, this.group));
  }

  copyStatus(from: number, to: number): void {
    const mask = 7 << 2;
    this.p.attrs[to] = (this.p.attrs[to]! & ~mask) | (this.p.attrs[from]! & mask);
  }
}
