/**
 * A person's small attributes packed into one Uint16 (`people.attrs[i]`), so the person table
 * stays at 24 bytes. Read and write them only through these functions.
 *
 *   bit 0      sex (0 female, 1 male)
 *   bit 1      foreign-born
 *   bits 2–4   legal status (LEGAL_STATUSES order)
 *   bits 5–7   community (COMMUNITY_IDS order)
 *   bits 8–9   suffix (none, Jr., Sr.)
 *   bits 10–12 household role
 *   bit 13     birth date is an assigned 1 January
 *   bit 14     arrived as a refugee
 */
export const Sex = { female: 0, male: 1 } as const;

export const ROLES = ['householder', 'partner', 'child', 'parent', 'relative'] as const;
export type Role = (typeof ROLES)[number];
export const Role = { householder: 0, partner: 1, child: 2, parent: 3, relative: 4 } as const;

export const SUFFIXES = ['', 'JR', 'SR'] as const;
export const Suffix = { none: 0, junior: 1, senior: 2 } as const;

export interface PersonAttributes {
  sex: number;
  foreignBorn: boolean;
  status: number;
  community: number;
  suffix: number;
  role: number;
  januaryFirst: boolean;
  refugee: boolean;
}

export function packAttributes(a: PersonAttributes): number {
  return pack(
    a.sex,
    a.foreignBorn,
    a.status,
    a.community,
    a.suffix,
    a.role,
    a.januaryFirst,
    a.refugee,
  );
}

/** The same packing with positional arguments, for the generator's hot loop (no object). */
export function pack(
  sex: number,
  foreignBorn: boolean,
  status: number,
  community: number,
  suffix: number,
  role: number,
  januaryFirst: boolean,
  refugee: boolean,
): number {
  return (
    (sex & 1) |
    ((foreignBorn ? 1 : 0) << 1) |
    ((status & 7) << 2) |
    ((community & 7) << 5) |
    ((suffix & 3) << 8) |
    ((role & 7) << 10) |
    ((januaryFirst ? 1 : 0) << 13) |
    ((refugee ? 1 : 0) << 14)
  );
}

export const sexOf = (attrs: number): number => attrs & 1;
export const isForeignBorn = (attrs: number): boolean => (attrs & 2) !== 0;
export const statusOf = (attrs: number): number => (attrs >> 2) & 7;
export const communityOf = (attrs: number): number => (attrs >> 5) & 7;
export const suffixOf = (attrs: number): number => (attrs >> 8) & 3;
export const roleOf = (attrs: number): number => (attrs >> 10) & 7;
export const hasJanuaryFirst = (attrs: number): boolean => (attrs & (1 << 13)) !== 0;
export const isRefugee = (attrs: number): boolean => (attrs & (1 << 14)) !== 0;

export function withSuffix(attrs: number, suffix: number): number {
  return (attrs & ~(3 << 8)) | ((suffix & 3) << 8);
}

export function unpackAttributes(attrs: number): PersonAttributes {
  return {
    sex: sexOf(attrs),
    foreignBorn: isForeignBorn(attrs),
    status: statusOf(attrs),
    community: communityOf(attrs),
    suffix: suffixOf(attrs),
    role: roleOf(attrs),
    januaryFirst: hasJanuaryFirst(attrs),
    refugee: isRefugee(attrs),
  };
}
