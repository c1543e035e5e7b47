/**
 * The scratch space of shard generation — household skeletons, ZIP and name requests, the
 * address book being filled — kept between the shards of one model instead of allocated for
 * each. A full shard needs about 55 MB of it, and fresh memory costs a page fault and a zeroing
 * per 4 KiB on first touch: allocating it anew took about a tenth of a shard's time. Every
 * column a shard returns is its own (AddressBook.finish copies), except that a shard handed back
 * by recycleShard gives its people and household columns to the next shard. Room is made on
 * first use for the largest shard of the model's population, so that a smaller first shard does
 * not leave the space to be reallocated by the next.
 *
 * Generation is synchronous, so one workspace per model (per thread: workers have their own
 * modules) is never used by two shards at once.
 */
import { DrawBatch } from '../random/DrawBatch';
import { AddressBook } from './addressBook';
import type { PopulationModel } from './model';
import { ShardNames } from './shardNames';
import {
  SHARD_SIZE,
  type HouseholdColumns,
  type PeopleColumns,
  type PopulationShard,
} from './PopulationShard';

export class ShardWorkspace {
  /** Per household: its kind (HouseholdKinds) and whether it moved (1) — grown as needed. */
  kind = new Uint16Array(0);
  moved = new Uint8Array(0);
  /** Per household its ZIP; at households + h, a mover's other ZIP. */
  zips = new Uint32Array(0);
  readonly zipBatch: DrawBatch;
  private book: AddressBook | null = null;
  private names: ShardNames | null = null;
  /** A recycled shard's columns, for the next shard (recycle). */
  private spare: SpareColumns | null = null;
  /** People in the largest shard of the model's population: the room made on first use. */
  private readonly largest: number;

  constructor(private readonly model: PopulationModel) {
    this.largest = Math.min(SHARD_SIZE, model.config.size);
    // About 0.4 households per person, and a ZIP and a half per household.
    this.zipBatch = new DrawBatch(model.geography.tables, Math.ceil(0.6 * this.largest));
  }

  /** Skeleton arrays with room for `households` households (contents not kept when grown). */
  ensureHouseholds(households: number): void {
    if (this.kind.length >= households) return;
    const room = Math.max(households, this.largest);
    this.kind = new Uint16Array(room);
    this.moved = new Uint8Array(room);
  }

  /** The ZIP array, room for `households` households and their movers' other ZIPs. */
  zipsFor(households: number): Uint32Array {
    if (this.zips.length < 2 * households)
      this.zips = new Uint32Array(2 * Math.max(households, Math.ceil(this.largest / 2)));
    return this.zips;
  }

  /** An empty address book for shard `shardIndex`. */
  addressBook(shardIndex: number, households: number): AddressBook {
    const { model } = this;
    if (!this.book) {
      const expected = Math.max(households, Math.ceil(this.largest / 2));
      this.book = new AddressBook(model.geography.zips.length, expected, model.config);
    }
    this.book.reset(shardIndex);
    return this.book;
  }

  /**
   * The people and household columns of a new shard: a recycled shard's (views of its columns)
   * or new ones. The generator writes dob, attrs and household for every person and every
   * household column but movedOn for every household; the rest (names, which may be left to be
   * drawn, and movedOn) must start at 0, and recycled ones are zeroed.
   */
  columns(people: number, households: number): { p: PeopleColumns; h: HouseholdColumns } {
    const spare = this.spare;
    this.spare = null;
    let p: PeopleColumns;
    if (spare && spare.people.given.length >= people) {
      p = viewsOf(spare.people, people);
      for (const column of [p.given, p.middle, p.surname, p.surname2]) column.fill(0);
    } else p = newPeopleColumns(people);
    let h: HouseholdColumns;
    if (spare && spare.households.size.length >= households) {
      h = viewsOf(spare.households, households);
      h.movedOn.fill(0);
    } else {
      // Room for a few more households than this shard has, so that the next shard, which may
      // have a few more, can take these columns over when this one is recycled.
      h = viewsOf(newHouseholdColumns(households + (households >> 6) + 16), households);
    }
    return { p, h };
  }

  /** Keeps `shard`'s columns for the next shard (generateShard.ts: recycleShard). */
  recycle(shard: PopulationShard): void {
    const people = shard.people;
    const households = shard.households;
    // Only a full shard's columns are worth keeping: a smaller one's could serve no full shard.
    const room = (c: ArrayBufferView & { BYTES_PER_ELEMENT: number }) =>
      c.buffer.byteLength / c.BYTES_PER_ELEMENT;
    if (room(people.given) < this.largest) return;
    this.spare = {
      people: wholeColumns(people, room(people.given)),
      households: wholeColumns(households, room(households.size)),
    };
  }

  /** Empty name requests for shard `shardIndex` of `people` people. */
  shardNames(people: number, shardIndex: number): ShardNames {
    if (!this.names || this.names.capacity < people)
      this.names = new ShardNames(this.model, Math.max(people, this.largest));
    this.names.reset(people, shardIndex);
    return this.names;
  }
}

/** A recycled shard's people and household columns, each over its whole buffer. */
interface SpareColumns {
  people: PeopleColumns;
  households: HouseholdColumns;
}

const workspaces = new WeakMap<PopulationModel, ShardWorkspace>();

/** The workspace of `model` in this thread. */
export function workspaceOf(model: PopulationModel): ShardWorkspace {
  let workspace = workspaces.get(model);
  if (!workspace) {
    workspace = new ShardWorkspace(model);
    workspaces.set(model, workspace);
  }
  return workspace;
}

type Columns = Record<string, Uint8Array | Uint16Array | Uint32Array>;

/** Views of the first `n` elements of every column. */
function viewsOf<T extends object>(columns: T, n: number): T {
  return Object.fromEntries(
    Object.entries(columns as Columns).map(([key, column]) => [key, column.subarray(0, n)]),
  ) as T;
}

/** Every column over its whole buffer, `room` elements each. */
function wholeColumns<T extends object>(columns: T, room: number): T {
  return Object.fromEntries(
    Object.entries(columns as Columns).map(([key, column]) => {
      const Ctor = column.constructor as new (
        buffer: ArrayBufferLike,
        at: number,
        n: number,
      ) => typeof column;
      return [key, new Ctor(column.buffer, 0, room)];
    }),
  ) as T;
}

function newPeopleColumns(people: number): PeopleColumns {
  return {
    given: new Uint32Array(people),
    middle: new Uint32Array(people),
    surname: new Uint32Array(people),
    surname2: new Uint32Array(people),
    dob: new Uint16Array(people),
    attrs: new Uint16Array(people),
    household: new Uint32Array(people),
  };
}

function newHouseholdColumns(households: number): HouseholdColumns {
  return {
    address: new Uint32Array(households),
    previousAddress: new Uint32Array(households),
    mailAddress: new Uint32Array(households),
    movedOn: new Uint16Array(households),
    firstMember: new Uint32Array(households),
    size: new Uint8Array(households),
    community: new Uint8Array(households),
    group: new Uint8Array(households),
  };
}
