/**
 * Stage 5, the truth behind an address ICE would go to. A disclosed (or updated) address is
 * judged against the person ICE links it to (the target):
 *  - currentHome: the target's household lives there now;
 *  - staleHome: the target's home before a move in the last three years (someone else may live
 *    there now: they are counted as people behind a wrong door);
 *  - someoneElsesHome: the target does not live there and somebody does — a wrong door;
 *  - noHome: nobody can be found there — a PO box, a vacant home, or an "Unknown Address".
 * A wrong door (Headline.wrongDoors) is any address that is not the target's current home where
 * somebody lives; everyone living there is counted, citizens included.
 */
import { addressLevel } from '../comparison/addresses';
import { AddressQuality } from '../linking/LinkRecords';
import { BuildingKind } from '../population/PopulationShard';
import type { DoorKind } from './ReplayResult';
import type { DisclosureTable } from './disclosures';
import type { ListCandidates } from './requestList';

export interface Door {
  kind: DoorKind;
  /** Not the target's current home, and somebody lives there. */
  wrong: boolean;
  /** Residents of the address (none of them the target's household), when `wrong`. */
  residents: { from: number; to: number };
}

/** The door of disclosure `d` for list candidate `c` (the target ICE links it to). */
export function doorOf(
  list: ListCandidates,
  c: number,
  disclosures: DisclosureTable,
  d: number,
): Door {
  const from = disclosures.residentStart[d]!;
  const to = disclosures.residentStart[d + 1]!;
  const none = { from, to: from };
  const address = disclosures.records.address[d]!;
  const quality = disclosures.link.addressQuality[d]!;
  if (quality === AddressQuality.zipOnly || quality === AddressQuality.missing)
    return { kind: 'noHome', wrong: false, residents: none };
  if (address === list.home[c]) return { kind: 'currentHome', wrong: false, residents: none };
  if (disclosures.kind[d] === BuildingKind.poBox)
    return { kind: 'noHome', wrong: false, residents: none };
  const occupied = to > from;
  if (address === list.previous[c])
    return { kind: 'staleHome', wrong: occupied, residents: occupied ? { from, to } : none };
  if (occupied) return { kind: 'someoneElsesHome', wrong: true, residents: { from, to } };
  return { kind: 'noHome', wrong: false, residents: none };
}

/**
 * An "updated address": a usable IRS address that is not the one ICE holds for the linked list
 * record (not the same unit, nor the same building with a unit missing).
 */
export function isUpdatedAddress(
  list: ListCandidates,
  c: number,
  disclosures: DisclosureTable,
  d: number,
): boolean {
  const q = disclosures.link.addressQuality[d]!;
  if (q === AddressQuality.zipOnly || q === AddressQuality.missing) return false;
  return addressLevel(list.link, c, disclosures.link, d) > 1;
}
