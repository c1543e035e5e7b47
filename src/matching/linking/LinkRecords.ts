/**
 * The records two files are linked on, in columns: what any comparison or blocking rule reads.
 * Simulated agency files (views/AgencyFile) and users' CSV files are both turned into this
 * form, so everything downstream works the same on either.
 *
 * Addresses are split into the parts comparisons need: a ZIP, a street address without unit
 * ("building"), a unit, and how much of it can be read (AddressQuality).
 */
export const AddressQuality = {
  /** Street address, and unit where there is one. */
  full: 0,
  /** The building is known but its unit was dropped. */
  unitMissing: 1,
  /** "Unknown Address"-style garbage: only the ZIP can be read. */
  zipOnly: 2,
  /** No address at all. */
  missing: 3,
} as const;
export type AddressQuality = (typeof AddressQuality)[keyof typeof AddressQuality];

/** No building, unit, ZIP, TIN or truth id. */
export const NONE = 0;
export const UNKNOWN_TRUTH = 0xffffffff;

export interface LinkRecords {
  readonly size: number;
  /** Name ids in the shared NameDictionary; 0 when missing. */
  readonly given: Uint32Array;
  readonly surname: Uint32Array;
  /** Day number (population/calendar.ts); 0 when missing. */
  readonly dob: Uint16Array;
  /** Five-digit ZIP as a number; 0 when missing. */
  readonly zip: Uint32Array;
  /** Street address key without unit (any id unique per street address); 0 when missing. */
  readonly building: Uint32Array;
  /** Unit key within the building; 0 when none. */
  readonly unit: Uint32Array;
  readonly addressQuality: Uint8Array;
  /** Taxpayer identification number; 0 when missing. */
  readonly tin: Uint32Array;
  /** Who the record really is (person id, or a user's truth column); UNKNOWN_TRUTH if unknown. */
  readonly truth: Uint32Array;
}

/** Empty columns for `size` records. */
export function allocateLinkRecords(size: number): LinkRecords {
  return {
    size,
    given: new Uint32Array(size),
    surname: new Uint32Array(size),
    dob: new Uint16Array(size),
    zip: new Uint32Array(size),
    building: new Uint32Array(size),
    unit: new Uint32Array(size),
    addressQuality: new Uint8Array(size).fill(AddressQuality.missing),
    tin: new Uint32Array(size),
    truth: new Uint32Array(size).fill(UNKNOWN_TRUTH),
  };
}

/** Every column of LinkRecords, for code that copies records column by column. */
export const LINK_RECORD_COLUMNS = [
  'given',
  'surname',
  'dob',
  'zip',
  'building',
  'unit',
  'addressQuality',
  'tin',
  'truth',
] as const;

type Column = Uint32Array | Uint16Array | Uint8Array;

/** The records at `indices`, in that order, as a new set. */
export function pickLinkRecords(r: LinkRecords, indices: ArrayLike<number>): LinkRecords {
  const out = allocateLinkRecords(indices.length);
  for (const key of LINK_RECORD_COLUMNS) {
    const from = r[key] as Column;
    const to = out[key] as Column;
    for (let k = 0; k < indices.length; k++) to[k] = from[indices[k]!]!;
  }
  return out;
}

/** A copy of every column in buffers made by `allocate` (e.g. SharedArrayBuffers). */
export function copyLinkRecords(
  r: LinkRecords,
  allocate: (bytes: number) => ArrayBufferLike,
): LinkRecords {
  const out: Record<string, Column> = {};
  for (const key of LINK_RECORD_COLUMNS) {
    const from = r[key] as Column;
    const make = from.constructor as new (buffer: ArrayBufferLike) => Column;
    const to = new make(allocate(from.byteLength));
    to.set(from);
    out[key] = to;
  }
  return { size: r.size, ...out } as unknown as LinkRecords;
}
