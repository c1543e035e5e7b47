/**
 * Link records appended one at a time, for files whose length is not known in advance: each
 * column is a typed array that doubles when full, so a file of millions of rows costs its
 * columns (31 bytes a record), never an object per row.
 */
import { allocateLinkRecords, type LinkRecords } from '../linking/LinkRecords';

const INITIAL_CAPACITY = 1024;

type Columns = { -readonly [K in keyof LinkRecords]: LinkRecords[K] };

export class GrowableLinkRecords {
  private current: Columns = allocateLinkRecords(INITIAL_CAPACITY);
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** The columns to write into: read them after `append`, which may replace them. */
  get columns(): Columns {
    return this.current;
  }

  /** Makes room for one more record; returns its index. */
  append(): number {
    if (this.length === this.current.size) this.current = grow(this.current, 2 * this.length);
    return this.length++;
  }

  /** The records, in columns exactly as long as the records. */
  finish(): LinkRecords {
    return grow(this.current, this.length);
  }
}

/** Copies the first min(size, capacity) records of `from` into columns of `capacity`. */
function grow(from: Columns, capacity: number): Columns {
  const to: Columns = allocateLinkRecords(capacity);
  const n = Math.min(from.size, capacity);
  to.given.set(from.given.subarray(0, n));
  to.surname.set(from.surname.subarray(0, n));
  to.dob.set(from.dob.subarray(0, n));
  to.zip.set(from.zip.subarray(0, n));
  to.building.set(from.building.subarray(0, n));
  to.unit.set(from.unit.subarray(0, n));
  to.addressQuality.set(from.addressQuality.subarray(0, n));
  to.tin.set(from.tin.subarray(0, n));
  to.truth.set(from.truth.subarray(0, n));
  return to;
}
