/**
 * Records as a person reads them, for wrong-match examples: names, birth date, the address as
 * the record holds it (with the flags' effect: "Unknown Address", no unit) and the truth. Built
 * from the parts the replay keeps (recordParts.ts), since the shards are gone by then.
 */
import { AddressQuality, type LinkRecords } from '../linking/LinkRecords';
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import { communityOf, roleOf, ROLES, statusOf } from '../population/attributes';
import { formatDate, yearOf } from '../population/calendar';
import { LEGAL_STATUSES } from '../population/config';
import type { PopulationModel } from '../population/model';
import { BuildingKind } from '../population/PopulationShard';
import { streetName } from '../views/recordDisplay';
import { tinHolder } from '../views/tin';
import type { RecordParts } from './recordParts';
import type { RecordView, Resident } from './ReplayResult';

/** ZIP as five digits. */
export function zipText(zip: number): string {
  return zip === 0 ? '' : String(zip).padStart(5, '0');
}

/** Record i's address as written on it. */
export function addressText(model: PopulationModel, parts: RecordParts, i: number): string {
  const link: LinkRecords = parts.link;
  const zip = zipText(link.zip[i]!);
  switch (link.addressQuality[i]) {
    case AddressQuality.missing:
      return 'Failed to Provide';
    case AddressQuality.zipOnly:
      return `Unknown Address, ZIP ${zip}`;
  }
  if (parts.kind[i] === BuildingKind.poBox) return `PO Box ${link.unit[i]}, ZIP ${zip}`;
  const line = `${parts.number[i]} ${streetName(model, parts.street[i]!)}`;
  const unit =
    parts.kind[i] === BuildingKind.apartment && link.addressQuality[i] === AddressQuality.full
      ? ` Apt ${link.unit[i]}`
      : '';
  return `${line}${unit}, ZIP ${zip}`;
}

/** Record i of `parts` (names of the model's dictionary) with the truth of `attrs`. */
export function recordView(
  model: PopulationModel,
  agency: string,
  parts: RecordParts,
  i: number,
  attrs: number,
): RecordView {
  const r = parts.records;
  const name = (id: number) => (id === 0 ? '' : model.dictionary.name(id));
  const tin = r.tin[i]!;
  return {
    agency,
    given: name(r.given[i]!),
    surname: name(r.surname[i]!),
    dob: formatDate(r.dob[i]!),
    address: addressText(model, parts, i),
    zip: zipText(parts.link.zip[i]!),
    tin: tin === 0 ? 'none' : tinHolder(tin) === r.person[i] ? 'own' : 'someone else’s',
    personId: r.person[i]!,
    community: COMMUNITY_IDS[communityOf(attrs)]!,
    legalStatus: LEGAL_STATUSES[statusOf(attrs)]!,
  };
}

export function resident(model: PopulationModel, attrs: number, dob: number): Resident {
  return {
    age: model.config.referenceYear - yearOf(dob),
    legalStatus: LEGAL_STATUSES[statusOf(attrs)]!,
    community: COMMUNITY_IDS[communityOf(attrs)]!,
    relation: ROLES[roleOf(attrs)]!,
  };
}
