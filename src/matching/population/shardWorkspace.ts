/**
 * The scratch space of shard generation — household skeletons, ZIP and name requests, the
 * address book being filled — kept between the shards of one model instead of allocated for
 * each. A full shard needs about 55 MB of it, and fresh memory costs a page fault and a zeroing
 * per 4 KiB on first touch: allocating it anew took about a tenth of a shard's time. Only scratch
 * is kept; every column a shard returns is its own (AddressBook.finish copies). Room is made on
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
import { SHARD_SIZE } from './PopulationShard';

export class ShardWorkspace {
  /** Per household: its kind (HouseholdKinds) and whether it moved (1) — grown as needed. */
  kind = new Uint16Array(0);
  moved = new Uint8Array(0);
  /** Per household its ZIP; at households + h, a mover's other ZIP. */
  zips = new Uint32Array(0);
  readonly zipBatch: DrawBatch;
  private book: AddressBook | null = null;
  private names: ShardNames | null = null;
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

  /** Empty name requests for shard `shardIndex` of `people` people. */
  shardNames(people: number, shardIndex: number): ShardNames {
    if (!this.names || this.names.capacity < people)
      this.names = new ShardNames(this.model, Math.max(people, this.largest));
    this.names.reset(people, shardIndex);
    return this.names;
  }
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
