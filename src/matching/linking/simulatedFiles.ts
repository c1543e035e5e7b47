/**
 * Two agencies' files of one simulated population, ready to link, with the oracle that knows
 * who everyone is (household, home, TIN holder, community) for explaining false matches.
 * For populations held in memory; the full-scale replay streams shards instead (issue #4).
 */
import { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { TruthOracle } from '../evaluation/falseMatchCauses';
import { communityOf } from '../population/attributes';
import type { PopulationModel } from '../population/model';
import { ADDRESS_STRIDE, SHARD_SIZE, type PopulationShard } from '../population/PopulationShard';
import type { AgencyConfig } from '../views/agencyConfig';
import { makeAgencyFile } from '../views/makeAgencyFile';
import { tinHolder } from '../views/tin';
import { fromAgencyFile } from './fromAgencyFile';
import { allocateLinkRecords, LINK_RECORD_COLUMNS, type LinkRecords } from './LinkRecords';

export interface SimulatedFiles {
  left: LinkRecords;
  right: LinkRecords;
  oracle: TruthOracle;
  nameOf: (id: number) => string;
  families: RomanisationFamilies;
}

/** Concatenates link records in order. */
export function concatLinkRecords(parts: readonly LinkRecords[]): LinkRecords {
  const size = parts.reduce((s, p) => s + p.size, 0);
  const out = allocateLinkRecords(size);
  let at = 0;
  for (const part of parts) {
    for (const key of LINK_RECORD_COLUMNS) {
      (out[key] as Uint32Array).set(part[key] as Uint32Array, at);
    }
    at += part.size;
  }
  return out;
}

export function populationOracle(shards: readonly PopulationShard[]): TruthOracle {
  const shardOf = (person: number) => shards[Math.floor(person / SHARD_SIZE)]!;
  return {
    household: (person) => shardOf(person).people.household[person % SHARD_SIZE]!,
    homeBuilding: (person) => {
      const shard = shardOf(person);
      const h = shard.people.household[person % SHARD_SIZE]! - shard.index * SHARD_SIZE;
      const address = shard.households.address[h]! - shard.index * ADDRESS_STRIDE;
      return shard.index * ADDRESS_STRIDE + shard.addresses.building[address]! + 1;
    },
    tinHolder,
    community: (person) => communityOf(shardOf(person).people.attrs[person % SHARD_SIZE]!),
  };
}

export function simulatedFiles(
  model: PopulationModel,
  shards: readonly PopulationShard[],
  leftAgency: AgencyConfig,
  rightAgency: AgencyConfig,
): SimulatedFiles {
  const side = (agency: AgencyConfig, index: number) =>
    concatLinkRecords(
      shards.map((shard) => {
        const file = makeAgencyFile(model, shard, agency, index);
        file.mergeNames(model.dictionary);
        return fromAgencyFile(model, file, shard);
      }),
    );
  return {
    left: side(leftAgency, 0),
    right: side(rightAgency, 1),
    oracle: populationOracle(shards),
    nameOf: (id) => model.dictionary.name(id),
    families: new RomanisationFamilies(model.datasets.communities),
  };
}
