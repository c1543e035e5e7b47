/**
 * One agency's records of the people of one shard, in columns (24 bytes a record). Every record
 * keeps its true person id, so each match between two files is known to be right or wrong.
 */
import type { NameDictionary } from '../names/NameDictionary';
import { isOverlayId, localName, OVERLAY_BASE } from './NameOverlay';

/**
 * What was done to a record, one bit each (`file.records.noise[i]`). `unitDropped` and
 * `addressUnusable` keep the address id in the `address` column: the flag says that only the
 * building (resp. only the ZIP) can be read from the record, so comparisons and displays must
 * look at the flag before the unit (resp. the street). `mailAddress` is not noise but a fact:
 * the address is the household's PO box.
 */
export const Noise = {
  romanisation: 1 << 0,
  orderSwap: 1 << 1,
  givenFormat: 1 << 2,
  secondSurnameDropped: 1 << 3,
  typoGiven: 1 << 4,
  typoSurname: 1 << 5,
  dobMissing: 1 << 6,
  dobPlaceholder: 1 << 7,
  dobDayMonthSwap: 1 << 8,
  staleAddress: 1 << 9,
  unitDropped: 1 << 10,
  addressUnusable: 1 << 11,
  tinMissing: 1 << 12,
  tinWrong: 1 << 13,
  mailAddress: 1 << 14,
} as const;
export type Noise = keyof typeof Noise;

/** The names of the flags set in `noise`, in bit order. */
export function noiseNames(noise: number): Noise[] {
  return (Object.keys(Noise) as Noise[]).filter((name) => (noise & Noise[name]) !== 0);
}

export interface RecordColumns {
  /** True global person id. */
  person: Uint32Array;
  /** Name ids: the model dictionary's, or local ids (NameOverlay) until the file is merged. */
  given: Uint32Array;
  surname: Uint32Array;
  /** Day number (calendar.ts); 0 when missing. */
  dob: Uint16Array;
  /** Global address id, or NO_ADDRESS. */
  address: Uint32Array;
  /** Taxpayer number (tin.ts); 0 when missing. */
  tin: Uint32Array;
  /** Noise flags. */
  noise: Uint16Array;
}

export class AgencyFile {
  private names: readonly string[];

  /** `localNames`: the strings of the local name ids the columns hold (NameOverlay). */
  constructor(
    readonly agency: string,
    readonly shardIndex: number,
    readonly records: RecordColumns,
    localNames: readonly string[] = [],
  ) {
    this.names = localNames;
  }

  get size(): number {
    return this.records.person.length;
  }

  /** The strings behind local name ids; empty once merged. */
  get localNames(): readonly string[] {
    return this.names;
  }

  /** The string of a name id of this file, merged or not. */
  name(id: number, dictionary: NameDictionary): string {
    return isOverlayId(id) ? localName(this.names, id) : dictionary.name(id);
  }

  /**
   * Interns the file's local strings into `dictionary`, in order, and rewrites the name columns
   * with the real ids. Call it in the thread that collects the files, in shard order.
   */
  mergeNames(dictionary: NameDictionary): void {
    if (this.names.length === 0) return;
    const ids = Uint32Array.from(this.names, (name) => dictionary.intern(name));
    for (const column of [this.records.given, this.records.surname]) {
      for (let i = 0; i < column.length; i++) {
        const id = column[i]!;
        if (isOverlayId(id)) column[i] = ids[id - OVERLAY_BASE]!;
      }
    }
    this.names = [];
  }

  /** Bytes held by the columns. */
  byteLength(): number {
    return this.columns().reduce((bytes, column) => bytes + column.byteLength, 0);
  }

  /** Every column, in a fixed order, for hashing and for transfer between threads. */
  columns(): ArrayBufferView[] {
    return Object.values(this.records) as ArrayBufferView[];
  }
}
