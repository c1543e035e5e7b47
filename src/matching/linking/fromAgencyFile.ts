/**
 * Turns a simulated agency file into link records, reading each record's address parts from
 * the population shard it was made from. The file's names must be merged into the model's
 * dictionary first (AgencyFile.mergeNames), so ids mean the same in both files.
 */
import { Noise, type AgencyFile } from '../views/AgencyFile';
import type { PopulationModel } from '../population/model';
import { ADDRESS_STRIDE, NO_ADDRESS, type PopulationShard } from '../population/PopulationShard';
import { AddressQuality, allocateLinkRecords, type LinkRecords } from './LinkRecords';

/** ZIP strings of the geography as numbers (index → number). */
const zipNumbers = new WeakMap<PopulationModel, Uint32Array>();

function zipsOf(model: PopulationModel): Uint32Array {
  let zips = zipNumbers.get(model);
  if (!zips) {
    zips = Uint32Array.from(model.geography.zips, (z) => Number(z));
    zipNumbers.set(model, zips);
  }
  return zips;
}

export function fromAgencyFile(
  model: PopulationModel,
  file: AgencyFile,
  shard: PopulationShard,
): LinkRecords {
  if (file.localNames.length > 0)
    throw new Error("merge the file's names (mergeNames) before linking it");
  if (file.shardIndex !== shard.index)
    throw new Error(`file of shard ${file.shardIndex} read with shard ${shard.index}`);
  const zips = zipsOf(model);
  const { records } = file;
  const out = allocateLinkRecords(file.size);
  const given = out.given as Uint32Array;
  const surname = out.surname as Uint32Array;
  const dob = out.dob as Uint16Array;
  const zip = out.zip as Uint32Array;
  const building = out.building as Uint32Array;
  const unit = out.unit as Uint32Array;
  const quality = out.addressQuality as Uint8Array;
  const tin = out.tin as Uint32Array;
  const truth = out.truth as Uint32Array;
  const base = shard.index * ADDRESS_STRIDE;
  for (let i = 0; i < file.size; i++) {
    given[i] = records.given[i]!;
    surname[i] = records.surname[i]!;
    dob[i] = records.dob[i]!;
    tin[i] = records.tin[i]!;
    truth[i] = records.person[i]!;
    const address = records.address[i]!;
    if (address === NO_ADDRESS) continue;
    const local = address - base;
    const b = shard.addresses.building[local]!;
    zip[i] = zips[shard.buildings.zip[b]!]!;
    const noise = records.noise[i]!;
    if (noise & Noise.addressUnusable) {
      quality[i] = AddressQuality.zipOnly;
      continue;
    }
    // Building keys are global (shard × 2^21 + local + 1) so files of different shards agree.
    building[i] = base + b + 1;
    unit[i] = shard.addresses.unit[local]!;
    quality[i] = noise & Noise.unitDropped ? AddressQuality.unitMissing : AddressQuality.full;
    if (noise & Noise.unitDropped) unit[i] = 0;
  }
  return out;
}
