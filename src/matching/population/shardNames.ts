/**
 * The names of one shard. While households are built, each person's names are only asked for: a
 * given and perhaps a middle name from the US table of their sex, decade and group, a surname
 * from their group's (or community's remainder) table, or a copy of a relative's — a partner's
 * or child's surname, a junior's given name, a patronymic surname, a mother's surname as second
 * surname, a twin's name that must differ from the sibling's. Small tables (community lists,
 * compound names) are drawn at once by the generator: they stay in cache anyway.
 *
 * The draws asked for are keyed (KeyedStream): person p's given name is a function of the seed,
 * p and the table alone, not of who else was drawn before. So `finish` can draw everyone table
 * by table (DrawBatch: one table in cache at a time), and `onRequest` can instead leave the
 * names to be drawn for the few people a task reads (PopulationShard.resolveNames) — the same
 * names either way. The replay reads the names of a few per cent of each shard.
 */
import { KeyedDraws, NO_DRAW } from '../random/KeyedDraws';
import { KeyedStream } from '../random/prng';
import type { PopulationModel } from './model';
import { SHARD_SIZE, type PeopleColumns } from './PopulationShard';
import { TAIL_MARK } from './surnameModel';

/** Labels of the keyed name streams (within the population stream). */
const Field = { given: 1, middle: 2, surname: 3, twin: 4, surnameTail: 5 } as const;

/** Bits of `links[i]`: how person i's names depend on a relative's. */
const Link = { junior: 1, twin: 2, mother: 4 } as const;

export class ShardNames {
  /** Draws every name asked for, table by table (one scratch for the three kinds of name). */
  private readonly draws: KeyedDraws;
  private readonly given: KeyedStream;
  private readonly middle: KeyedStream;
  private readonly surname: KeyedStream;
  private readonly twinGiven: KeyedStream;
  private readonly surnameTail: KeyedStream;
  /** Per person: the table of each name asked for, or NO_DRAW (written at once, or none). */
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
  /** Global id of the shard's first person: the keyed streams' item is the person id. */
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
   * Person i's names, asked for at once: the tables of its given, middle and surname draws
   * (NO_DRAW: written at once, or none) and where its surname comes from (0: its own; 1 + the
   * person whose surname it carries, who comes before it; −(1 + the father whose given name it
   * is, patronymic). Call it before any other request for i.
   */
  ask(
    i: number,
    givenKey: number,
    middleKey: number,
    surnameKey: number,
    surnameFrom: number,
  ): void {
    this.givenKey[i] = givenKey;
    this.middleKey[i] = middleKey;
    this.surnameKey[i] = surnameKey;
    this.surnameFrom[i] = surnameFrom;
    this.links[i] = 0;
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

  secondSurnameFromMother(child: number, mother: number): void {
    this.links[child] |= Link.mother;
    this.mother[child] = mother;
  }

  /** Draws every name asked for and resolves every copy. */
  finish(p: PeopleColumns): void {
    const { people, base } = this;
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
      if (links[i] !== 0 || surnameFrom[i] !== 0 || surname[i] === TAIL_MARK) this.settle(i, p);
    }
  }

  /**
   * Leaves the names asked for undrawn (0) in `p`; the resolver draws a person's names, and
   * those of the relatives they copy from, when asked. Valid until this thread makes another
   * shard (of any model: stricter than needed, never too lax).
   */
  onRequest(p: PeopleColumns): NameResolver {
    this.resolved.fill(0, 0, this.people);
    const generation = this.generation;
    return {
      resolve: (i: number) => {
        if (shardsServed !== generation) throw new Error(STALE_RESOLVER);
        this.resolve(i, p);
      },
    };
  }

  private resolve(i: number, p: PeopleColumns): void {
    if (this.resolved[i] === 1) return;
    this.resolved[i] = 1;
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
    if (links & (Link.junior | Link.twin)) this.resolve(this.relative[i]!, p);
    if (links & Link.mother) this.resolve(this.mother[i]!, p);
    const from = this.surnameFrom[i]!;
    if (from !== 0) this.resolve(from > 0 ? from - 1 : -from - 1, p);
    this.settle(i, p);
  }

  /** Person i's names once its own draws are in and its relatives are settled. */
  private settle(i: number, p: PeopleColumns): void {
    const links = this.links[i]!;
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

/**
 * Shards served by any ShardNames of this thread, so that a resolver goes stale when any other
 * shard is made, even by a ShardNames that replaced its own (room for a larger shard).
 */
let shardsServed = 0;

/** Stream label of the keyed name draws, beside the population's (1) and the views' (2). */
const NAME_STREAM = 3;

const STALE_RESOLVER =
  'the names of a shard drawn on request were asked for after this thread made another shard';

/** Draws the names of a shard made with names on request (PopulationShard.resolveNames). */
export interface NameResolver {
  /** Draws person i's names (local index), and those of the relatives they copy from. */
  resolve(i: number): void;
}
