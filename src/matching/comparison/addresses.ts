/**
 * Address agreement levels, from the same home down to nothing in common. "Same building,
 * other unit" is the neighbour in an apartment complex; "unusable" is an "Unknown Address"-type
 * field where only a ZIP can be read (the IRS accepted any 5- or 9-digit number there).
 */
import { AddressQuality, type LinkRecords } from '../linking/LinkRecords';

export const ADDRESS_LEVELS = [
  'sameUnit',
  'sameBuildingUnitMissing',
  'sameBuildingOtherUnit',
  'sameZip',
  'unusable',
  'other',
  'missing',
] as const;
export const AddressLevel = {
  sameUnit: 0,
  sameBuildingUnitMissing: 1,
  sameBuildingOtherUnit: 2,
  sameZip: 3,
  unusable: 4,
  other: 5,
  missing: 6,
} as const;

export function addressLevel(a: LinkRecords, i: number, b: LinkRecords, j: number): number {
  const qa = a.addressQuality[i]!;
  const qb = b.addressQuality[j]!;
  if (qa === AddressQuality.missing || qb === AddressQuality.missing) return AddressLevel.missing;
  if (qa === AddressQuality.zipOnly || qb === AddressQuality.zipOnly) return AddressLevel.unusable;
  if (a.building[i] !== 0 && a.building[i] === b.building[j]) {
    // A dropped unit cannot say whose apartment it was.
    if (qa === AddressQuality.unitMissing || qb === AddressQuality.unitMissing) {
      return AddressLevel.sameBuildingUnitMissing;
    }
    return a.unit[i] === b.unit[j] ? AddressLevel.sameUnit : AddressLevel.sameBuildingOtherUnit;
  }
  if (a.zip[i] !== 0 && a.zip[i] === b.zip[j]) return AddressLevel.sameZip;
  return AddressLevel.other;
}
