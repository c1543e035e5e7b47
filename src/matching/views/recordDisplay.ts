/**
 * A record as a person would read it, for explanations of a match and for the command line:
 * "KIM MIN-JUN, born 1990-03-14, 123 Oak St Apt 204, ZIP 02139, SSN 000-01-2346".
 */
import { formatDate } from '../population/calendar';
import type { PopulationModel } from '../population/model';
import { BuildingKind, NO_ADDRESS, type PopulationShard } from '../population/PopulationShard';
import { Noise, noiseNames, type AgencyFile } from './AgencyFile';
import { formatTin } from './tin';

export interface RecordDisplay {
  person: number;
  given: string;
  surname: string;
  /** ISO date, empty when missing. */
  dob: string;
  address: string;
  tin: string;
  noise: Noise[];
}

/**
 * A building's street index (0–65,535) read as a name: the street name is
 * model.streetNames[street % length] (common surnames, 8,192 of them) and the street type is
 * chosen by the top three bits, so every index reads differently. A display rule only:
 * addresses are compared by id.
 */
const STREET_TYPES = [' St', ' Ave', ' Rd', ' Dr', ' Ln', ' Blvd', ' Way', ' Ct'];

/** The street name of a street number of the address book. */
export function streetName(model: PopulationModel, street: number): string {
  return model.streetNames[street % model.streetNames.length]! + STREET_TYPES[street >> 13]!;
}

/**
 * An address as the record holds it. `noise` decides what is readable: with addressUnusable
 * only the ZIP, with unitDropped no unit.
 */
export function formatAddress(
  model: PopulationModel,
  shard: PopulationShard,
  address: number,
  noise = 0,
): string {
  if (address === NO_ADDRESS) return '';
  const building = shard.addresses.building[shard.localAddress(address)]!;
  const unit = shard.addresses.unit[shard.localAddress(address)]!;
  const { zip, kind, street, number } = shard.buildings;
  const zipCode = `ZIP ${model.geography.zips[zip[building]!]!}`;
  if (noise & Noise.addressUnusable) return `Unknown Address, ${zipCode}`;
  if (kind[building] === BuildingKind.poBox) return `PO Box ${unit}, ${zipCode}`;
  const line = `${number[building]!} ${streetName(model, street[building]!)}`;
  const hasUnit = kind[building] === BuildingKind.apartment && !(noise & Noise.unitDropped);
  return `${line}${hasUnit ? ` Apt ${unit}` : ''}, ${zipCode}`;
}

/** Record `i` of `file`, made from `shard` (whose buildings its address ids point to). */
export function describeRecord(
  model: PopulationModel,
  shard: PopulationShard,
  file: AgencyFile,
  i: number,
): RecordDisplay {
  const r = file.records;
  const noise = r.noise[i]!;
  return {
    person: r.person[i]!,
    given: file.name(r.given[i]!, model.dictionary),
    surname: file.name(r.surname[i]!, model.dictionary),
    dob: formatDate(r.dob[i]!),
    address: formatAddress(model, shard, r.address[i]!, noise),
    tin: formatTin(r.tin[i]!),
    noise: noiseNames(noise),
  };
}
