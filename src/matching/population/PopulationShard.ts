/**
 * One shard of the population: up to SHARD_SIZE people in columns (typed arrays, names as
 * dictionary ids), with their households, addresses and buildings. A shard is self-contained
 * and deterministic: shard k of seed s has the same bytes wherever and whenever it is made.
 *
 * Ids are global: person and household ids are shard × SHARD_SIZE + local index; address ids are
 * shard × ADDRESS_STRIDE + local index. Buildings are local to their shard.
 */

import type { NameResolver } from './shardNames';

/** People per shard (2^20). Part of the model's definition: changing it changes every population. */
export const SHARD_SIZE = 1 << 20;
/** Address ids reserved per shard (2^21): up to two addresses per person. */
export const ADDRESS_STRIDE = 1 << 21;
/** A household without this address (no PO box, never moved). */
export const NO_ADDRESS = 0xffffffff;

/** Kinds of building. */
export const BUILDING_KINDS = ['house', 'apartment', 'poBox'] as const;
export const BuildingKind = { house: 0, apartment: 1, poBox: 2 } as const;

export interface PeopleColumns {
  given: Uint32Array;
  /** 0 when the person has no middle name. */
  middle: Uint32Array;
  surname: Uint32Array;
  /** Second (maternal) surname; 0 when none. */
  surname2: Uint32Array;
  /** Day number of the documented birth date (calendar.ts). */
  dob: Uint16Array;
  /** Packed attributes (attributes.ts). */
  attrs: Uint16Array;
  /** Global household id. */
  household: Uint32Array;
}

export interface HouseholdColumns {
  /** Where the household lives now (global address id). */
  address: Uint32Array;
  /** Where it lived before a move in the last three years, or NO_ADDRESS. */
  previousAddress: Uint32Array;
  /** A PO box it gets mail at, or NO_ADDRESS. */
  mailAddress: Uint32Array;
  /** Day number of the move (0 if none). */
  movedOn: Uint16Array;
  /** Local index of the first member; members are contiguous. */
  firstMember: Uint32Array;
  size: Uint8Array;
  community: Uint8Array;
  /** Race/ethnicity group index (RACE_GROUPS order). */
  group: Uint8Array;
}

export interface AddressColumns {
  /** Local building index. */
  building: Uint32Array;
  /** Unit within the building (0 for a house; box number for a PO box). */
  unit: Uint16Array;
}

export interface BuildingColumns {
  /** ZIP index into the geography's ZIP list. */
  zip: Uint16Array;
  kind: Uint8Array;
  /** Street name: an index into the street-name list. */
  street: Uint16Array;
  /** House number. */
  number: Uint16Array;
}

export class PopulationShard {
  /**
   * `names`: for a shard made with names on request (generateShard's options), what draws
   * them. Until `resolvePerson` asks for a person, their names read 0 and their date of birth
   * is 1 January of their birth year (`dob` gives the year of everyone, the day of those asked
   * for): a task reads a person's names or birth day only after asking.
   */
  constructor(
    readonly index: number,
    readonly people: PeopleColumns,
    readonly households: HouseholdColumns,
    readonly addresses: AddressColumns,
    readonly buildings: BuildingColumns,
    private readonly names: NameResolver | null = null,
  ) {}

  /**
   * Draws the names and birth days of local people `people` (and of the relatives they copy
   * from), if not yet drawn.
   */
  resolvePeople(people: ArrayLike<number>): void {
    const names = this.names;
    if (names) for (let k = 0; k < people.length; k++) names.resolve(people[k]!);
  }

  /** Draws local person i's names and birth day, if not yet drawn. */
  resolvePerson(i: number): void {
    this.names?.resolve(i);
  }

  get size(): number {
    return this.people.given.length;
  }

  get householdCount(): number {
    return this.households.size.length;
  }

  get addressCount(): number {
    return this.addresses.unit.length;
  }

  /** Global id of local person i. */
  personId(i: number): number {
    return this.index * SHARD_SIZE + i;
  }

  /** Local index of a global household id of this shard. */
  localHousehold(householdId: number): number {
    return householdId - this.index * SHARD_SIZE;
  }

  /** Local index of a global address id of this shard. */
  localAddress(addressId: number): number {
    return addressId - this.index * ADDRESS_STRIDE;
  }

  /** Bytes held by every column of the shard. */
  byteLength(): number {
    let bytes = 0;
    for (const group of [this.people, this.households, this.addresses, this.buildings]) {
      for (const column of Object.values(group) as ArrayBufferView[]) bytes += column.byteLength;
    }
    return bytes;
  }

  /** Every column, in a fixed order, for hashing and for transfer between threads. */
  columns(): ArrayBufferView[] {
    return [this.people, this.households, this.addresses, this.buildings].flatMap(
      (group) => Object.values(group) as ArrayBufferView[],
    );
  }
}
