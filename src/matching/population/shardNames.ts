/**
 * The names of one shard. While households are built, each person's names are only asked for:
 * where the surname comes from (drawn, or a copy of a relative's — a partner's or child's
 * surname, a patronymic, an absent father's given name), whether a second surname is drawn or
 * is the mother's, a junior's given name, a twin's name that must differ from the sibling's.
 * Everything else a name depends on is in the person's columns: sex, birth year, community,
 * nativity, and the household's race/ethnicity group.
 *
 * Every name draw is keyed (KeyedStream): person p's names are a function of the seed, p and
 * those columns alone, not of who else was drawn before — the given, middle and surname draws
 * from the large tables, and the person's own generator for the small ones (community and
 * compound given names, listed surnames, patronymics, second surnames, the middle-name chance).
 * So `finish` can draw everyone, the large tables table by table (DrawBatch: one table in cache
 * at a time), and `onRequest` can instead leave the names to be drawn for the few people a task
 * reads (PopulationShard.resolvePeople) — the same names either way, and the generator's own
 * stream never carries a name draw. The replay reads the names of a few per cent of each shard.
 */
import { KeyedDraws, NO_DRAW } from '../random/KeyedDraws';
import { KeyedStream, type Rng } from '../random/prng';
import { communityOf, hasJanuaryFirst, isForeignBorn, sexOf } from './attributes';
import { yearOf } from './calendar';
import { US_MODEL, type CommunityModel, type PopulationModel } from './model';
import { SHARD_SIZE, type HouseholdColumns, type PeopleColumns } from './PopulationShard';
import { REST_MARK, TAIL_MARK } from './surnameModel';

/**
 * Where a person's surname comes from, as `ShardNames.ask` takes it: DRAW, a person index j (a
 * copy of j's surname), FATHER_NAME (the name drawn for an absent father, patronymic) or
 * FROM_GIVEN − j (person j's given name, patronymic). A second surname: DRAW, NONE, or
 * FROM_MOTHER − j (person j's surname).
 */
export const DRAW = -1;
export const NONE = -2;
export const FATHER_NAME = -3;
export const FROM_GIVEN = -4;
export const FROM_MOTHER = -4;

/** Labels of the keyed name streams (within the population stream). */
const Field = {
  given: 1,
  middle: 2,
  surname: 3,
  twin: 4,
  surnameTail: 5,
  own: 6,
  absentFather: 7,
  birthDay: 8,
} as const;

/**
 * Bits of `links[i]`: how person i's names depend on a relative's, and which of its own draws
 * it makes beside its given and middle names.
 */
const Link = {
  junior: 1,
  twin: 2,
  mother: 4,
  absentFather: 8,
  drawsSurname: 16,
  drawsSecond: 32,
} as const;
/** The links settle acts on (the others are draws decide makes). */
const RELATIVES = Link.junior | Link.twin | Link.mother;

export class ShardNames {
  /** Draws every name asked for, table by table (one scratch for the three kinds of name). */
  private readonly draws: KeyedDraws;
  private readonly given: KeyedStream;
  private readonly middle: KeyedStream;
  private readonly surname: KeyedStream;
  private readonly twinGiven: KeyedStream;
  private readonly surnameTail: KeyedStream;
  /** Per person: the middle-name chance (its number) and the draws from small tables (`more`). */
  private readonly own: KeyedStream;
  /** Per household: the given name of an absent father (patronymic communities). */
  private readonly absentFather: KeyedStream;
  /** Per person: the day of birth within the birth year. */
  private readonly birthDay: KeyedStream;
  /** Per person: the large table of each name to draw, or NO_DRAW (drawn from a small one, or none). */
  private readonly givenKey: Uint16Array;
  private readonly middleKey: Uint16Array;
  private readonly surnameKey: Uint16Array;
  /** Per person: 0, 1 + the person whose surname is copied, or −(1 + the father whose given name is the surname). */
  private readonly surnameFrom: Int32Array;
  /** Per person: Link bits; with junior the father, with twin the sibling (never both). */
  private readonly links: Uint8Array;
  private readonly relative: Int32Array;
  /** With Link.twin: the table a twin's given name is drawn again from. */
  private readonly twinKey: Uint16Array;
  /** With Link.mother: the mother, whose surname is the second surname. */
  private readonly mother: Int32Array;
  /** Per person, in onRequest mode: 1 once the names are drawn. */
  private readonly resolved: Uint8Array;
  private people = 0;
  /** The number of the shard these requests serve, among all served in this thread. */
  private generation = 0;
  /** Global id of the shard's first person (and household): the keyed streams' item is the id. */
  private base = 0;

  /** Room for shards of up to `capacity` people (ShardWorkspace keeps one between shards). */
  constructor(
    private readonly model: PopulationModel,
    readonly capacity: number,
  ) {
    this.draws = new KeyedDraws(capacity);
    const stream = (field: number) => new KeyedStream(model.config.seed, NAME_STREAM, field);
    this.given = stream(Field.given);
    this.middle = stream(Field.middle);
    this.surname = stream(Field.surname);
    this.twinGiven = stream(Field.twin);
    this.surnameTail = stream(Field.surnameTail);
    this.own = stream(Field.own);
    this.absentFather = stream(Field.absentFather);
    this.birthDay = stream(Field.birthDay);
    this.givenKey = new Uint16Array(capacity);
    this.middleKey = new Uint16Array(capacity);
    this.surnameKey = new Uint16Array(capacity);
    this.surnameFrom = new Int32Array(capacity);
    this.links = new Uint8Array(capacity);
    this.relative = new Int32Array(capacity);
    this.twinKey = new Uint16Array(capacity);
    this.mother = new Int32Array(capacity);
    this.resolved = new Uint8Array(capacity);
  }

  /** Forgets every request, ready for shard `shardIndex` of `people` ≤ capacity people. */
  reset(people: number, shardIndex: number): void {
    if (people > this.capacity) throw new RangeError(`ShardNames holds ${this.capacity} people`);
    this.people = people;
    this.base = shardIndex * SHARD_SIZE;
    this.generation = ++shardsServed;
  }

  /**
   * Person i's names, asked for at once: where its surname comes from (DRAW, a relative who
   * comes before it, FATHER_NAME or FROM_GIVEN − father) and its second surname (DRAW, NONE or
   * FROM_MOTHER − mother). Call it before any other request for i.
   */
  ask(i: number, surname: number, surname2: number): void {
    let links = 0;
    let from = 0;
    if (surname === DRAW) links |= Link.drawsSurname;
    else if (surname >= 0) from = surname + 1;
    else if (surname === FATHER_NAME) links |= Link.absentFather;
    else from = -(FROM_GIVEN - surname + 1);
    if (surname2 === DRAW) links |= Link.drawsSecond;
    else if (surname2 !== NONE) {
      links |= Link.mother;
      this.mother[i] = FROM_MOTHER - surname2;
    }
    this.surnameFrom[i] = from;
    this.links[i] = links;
  }

  /** `child` carries `father`'s given name (a Jr.). */
  junior(child: number, father: number): void {
    this.links[child] |= Link.junior;
    this.relative[child] = father;
  }

  /** `twin` shares `sibling`'s birth; a given name equal to the sibling's is drawn again. */
  twin(twin: number, sibling: number, key: number): void {
    this.links[twin] |= Link.twin;
    this.relative[twin] = sibling;
    this.twinKey[twin] = key;
  }

  /** Draws every name asked for and resolves every copy. */
  finish(p: PeopleColumns, h: HouseholdColumns): void {
    const { people, base } = this;
    for (let i = 0; i < people; i++) this.decide(i, p, h);
    const { draws, model } = this;
    const given = model.givenNames.tables;
    draws.draw(given, this.givenKey, people, this.given, base, p.given);
    draws.draw(given, this.middleKey, people, this.middle, base, p.middle);
    draws.draw(model.surnameTables, this.surnameKey, people, this.surname, base, p.surname);
    // Relatives come before the people who copy from them, so one pass in order settles all;
    // most people copy nothing and drew a listed surname, and need no more.
    const { links, surnameFrom } = this;
    const surname = p.surname;
    for (let i = 0; i < people; i++) {
      const copies = (links[i]! & RELATIVES) !== 0 || surnameFrom[i] !== 0;
      if (copies || surname[i] === TAIL_MARK) this.settle(i, p);
    }
  }

  /**
   * Leaves the names asked for undrawn (0) in `p`; the resolver draws a person's names, and
   * those of the relatives they copy from, when asked. Valid until this thread makes another
   * shard (of any model: stricter than needed, never too lax).
   */
  onRequest(p: PeopleColumns, h: HouseholdColumns): NameResolver {
    this.resolved.fill(0, 0, this.people);
    const generation = this.generation;
    return {
      resolve: (i: number) => {
        if (shardsServed !== generation) throw new Error(STALE_RESOLVER);
        this.resolve(i, p, h);
      },
    };
  }

  private resolve(i: number, p: PeopleColumns, h: HouseholdColumns): void {
    if (this.resolved[i] === 1) return;
    this.resolved[i] = 1;
    this.decide(i, p, h);
    const person = this.base + i;
    const tables = this.model.givenNames.tables;
    if (this.givenKey[i] !== NO_DRAW)
      p.given[i] = tables[this.givenKey[i]!]!.sampleKeyed(this.given, person);
    if (this.middleKey[i] !== NO_DRAW)
      p.middle[i] = tables[this.middleKey[i]!]!.sampleKeyed(this.middle, person);
    if (this.surnameKey[i] !== NO_DRAW) {
      const table = this.model.surnameTables[this.surnameKey[i]!]!;
      p.surname[i] = table.sampleKeyed(this.surname, person);
    }
    const links = this.links[i]!;
    if (links & (Link.junior | Link.twin)) this.resolve(this.relative[i]!, p, h);
    if (links & Link.mother) this.resolve(this.mother[i]!, p, h);
    const from = this.surnameFrom[i]!;
    if (from !== 0) this.resolve(from > 0 ? from - 1 : -from - 1, p, h);
    this.settle(i, p);
  }

  /**
   * Person i's own draws, from its columns: its day of birth, the large tables of its given,
   * middle and surname draws (written to the key columns), and the names it draws from small
   * tables now (written to `p`): a community or compound given name, a listed or patronymic
   * surname, an absent father's name, a second surname. The small draws come from the person's
   * own generator, in that order, seeded only when one is made.
   */
  private decide(i: number, p: PeopleColumns, h: HouseholdColumns): void {
    const { model } = this;
    const attrs = p.attrs[i]!;
    const sex = sexOf(attrs);
    const year = yearOf(p.dob[i]!);
    const community = model.communities[communityOf(attrs)]!;
    const conventions = community.conventions;
    const household = p.household[i]!;
    const group = h.group[household - this.base]!;
    const person = this.base + i;
    const links = this.links[i]!;
    let rng: Rng | null = null;

    // The day of birth: the generator wrote 1 January of the year; an assigned 1 January stays,
    // and a twin's is the sibling's (settle).
    if (!hasJanuaryFirst(attrs) && (links & Link.twin) === 0)
      p.dob[i] = model.birthDates.dateIn(year, this.birthDay.uint32(person));

    const communityNames = community.givenNames;
    const row = model.givenNames.tableRow(sex, year);
    let givenKey = NO_DRAW;
    const own = communityNames
      ? communityNames.sampleOwn((rng ??= this.own.more(person)), sex, isForeignBorn(attrs))
      : US_MODEL;
    if (own !== US_MODEL) p.given[i] = own;
    else givenKey = row + (communityNames ? communityNames.usGroup : group);
    this.givenKey[i] = givenKey;
    const middle = conventions.middleName * TWO_TO_32;
    this.middleKey[i] = this.own.uint32(person) < middle ? row + group : NO_DRAW;

    let surnameKey = NO_DRAW;
    if (links & Link.drawsSurname) {
      if (conventions.patronymic)
        p.surname[i] = this.fatherName(community, group, (rng ??= this.own.more(person)), year);
      else if (!community.surnames) surnameKey = group;
      else {
        const listed = community.surnames.sampleListed((rng ??= this.own.more(person)));
        if (listed === REST_MARK) surnameKey = community.surnameRestKey;
        else p.surname[i] = listed;
      }
    } else if (links & Link.absentFather) {
      // Drawn per household, so every child of the household gets the same one.
      const householder = h.firstMember[household - this.base]!;
      const fatherRng = this.absentFather.more(household);
      const childYear = yearOf(p.dob[householder]!) + 30;
      p.surname[i] = this.fatherName(community, group, fatherRng, childYear);
    }
    this.surnameKey[i] = surnameKey;

    if (
      links & Link.drawsSecond &&
      conventions.secondSurname > 0 &&
      (rng ??= this.own.more(person)).chance(conventions.secondSurname)
    )
      p.surname2[i] = this.surnameNow(community, group, rng, year);
  }

  /** A father's given name for someone born in `year` (patronymic communities). */
  private fatherName(community: CommunityModel, group: number, rng: Rng, year: number): number {
    const fatherYear = year - 30;
    return community.givenNames
      ? community.givenNames.sample(rng, 1, fatherYear, true)
      : this.model.givenNames.sample(rng, 1, fatherYear, group);
  }

  /** A surname drawn from the community's table (second surnames: few, not worth batching). */
  private surnameNow(community: CommunityModel, group: number, rng: Rng, year: number): number {
    if (community.conventions.patronymic) return this.fatherName(community, group, rng, year);
    const { surnames } = this.model;
    return community.surnames
      ? community.surnames.sample(rng)
      : surnames.finish(rng, surnames.byGroup[group]!.sample(rng));
  }

  /** Person i's names once its own draws are in and its relatives are settled. */
  private settle(i: number, p: PeopleColumns): void {
    const links = this.links[i]!;
    if (links & Link.twin) p.dob[i] = p.dob[this.relative[i]!]!;
    if (links & Link.junior) p.given[i] = p.given[this.relative[i]!]!;
    if (links & Link.twin && p.given[i] === p.given[this.relative[i]!]) {
      const table = this.model.givenNames.tables[this.twinKey[i]!]!;
      p.given[i] = table.sampleKeyed(this.twinGiven, this.base + i);
    }
    const from = this.surnameFrom[i]!;
    if (from > 0) p.surname[i] = p.surname[from - 1]!;
    else if (from < 0) p.surname[i] = p.given[-from - 1]!;
    else if (p.surname[i] === TAIL_MARK)
      p.surname[i] = this.model.surnames.sampleTail(this.surnameTail.more(this.base + i));
    if (links & Link.mother) p.surname2[i] = p.surname[this.mother[i]!]!;
  }
}

const TWO_TO_32 = 4294967296;

/**
 * Shards served by any ShardNames of this thread, so that a resolver goes stale when any other
 * shard is made, even by a ShardNames that replaced its own (room for a larger shard).
 */
let shardsServed = 0;

/** Stream label of the keyed name draws, beside the population's (1) and the views' (2). */
const NAME_STREAM = 3;

const STALE_RESOLVER =
  'the names of a shard drawn on request were asked for after this thread made another shard';

/** Draws the names of a shard made with names on request (PopulationShard.resolvePeople). */
export interface NameResolver {
  /** Draws person i's names (local index), and those of the relatives they copy from. */
  resolve(i: number): void;
}
