/**
 * An agency's configuration compiled for the record generator's loop: per community, every
 * noise rate as a threshold for a 32-bit draw (rate × 2^32), with the community's naming
 * conventions folded in, so the loop does one typed-array read per decision and no keyed
 * look-ups. The rare kinds share one draw (rareEvents.ts); the date of birth and the taxpayer
 * number then take one more draw to choose between their exclusive outcomes.
 */
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import { LEGAL_STATUSES } from '../population/config';
import type { PopulationModel } from '../population/model';
import { communityNoise, type AgencyConfig } from './agencyConfig';
import { RARE_BLOCK, writeRareThresholds } from './rareEvents';

/** Positions of one community's thresholds in `NoisePlan.thresholds`. */
export const Rate = {
  romanisation: 0,
  orderSwap: 1,
  givenFormat: 2,
  secondSurnameDropped: 3,
  staleAddress: 4,
  unitDropped: 5,
  /** Shares (0–1, cumulative) of the hyphenated and spaced forms of a two-part given name. */
  hyphenForm: 6,
  spaceForm: 7,
  /** Once the date of birth is altered: chance it is missing, + placeholder (cumulative). */
  dobMissing: 8,
  dobPlaceholder: 9,
  /** Once the taxpayer number is altered: chance it is missing (else someone else's). */
  tinMissing: 10,
  /** The block of rare events (rareEvents.ts). */
  rare: 11,
} as const;
export const RATES = Rate.rare + RARE_BLOCK;

/** 2^32: a rate p is drawn as `rng.nextUint32() < p × 2^32`. */
export const TWO_TO_32 = 4294967296;

export interface NoisePlan {
  /** thresholds[community × RATES + Rate.x]. */
  thresholds: Float64Array;
  /** Per legal status, the coverage threshold. */
  coverage: Float64Array;
}

export function compileNoisePlan(model: PopulationModel, agency: AgencyConfig): NoisePlan {
  const thresholds = new Float64Array(COMMUNITY_IDS.length * RATES);
  COMMUNITY_IDS.forEach((id, c) => {
    const noise = communityNoise(agency, id);
    const { conventions } = model.communities[c]!;
    const hyphen = conventions.hyphenatedGiven;
    const spaced = conventions.spacedGiven;
    const dob = noise.dobMissing + noise.dobPlaceholder + noise.dobDayMonthSwap;
    const tin = noise.tinMissing + noise.tinWrong;
    const at = c * RATES;
    const rates: [number, number][] = [
      [Rate.romanisation, noise.romanisation],
      [Rate.orderSwap, noise.nameOrderSwap * conventions.familyNameFirst],
      // A community that states no convention keeps two-part names as generated.
      [Rate.givenFormat, hyphen + spaced > 0 ? noise.givenFormat : 0],
      [Rate.secondSurnameDropped, noise.secondSurnameDropped],
      [Rate.staleAddress, noise.staleAddress],
      [Rate.unitDropped, noise.unitDropped],
      [Rate.dobMissing, dob > 0 ? noise.dobMissing / dob : 0],
      [Rate.dobPlaceholder, dob > 0 ? (noise.dobMissing + noise.dobPlaceholder) / dob : 0],
      [Rate.tinMissing, tin > 0 ? noise.tinMissing / tin : 0],
    ];
    for (const [rate, p] of rates) thresholds[at + rate] = p * TWO_TO_32;
    thresholds[at + Rate.hyphenForm] = hyphen;
    thresholds[at + Rate.spaceForm] = hyphen + spaced;
    const { typoGiven, typoSurname, addressUnusable } = noise;
    const rare = { typoGiven, typoSurname, dob, addressUnusable, tin };
    writeRareThresholds(rare, thresholds, at + Rate.rare);
  });
  const coverage = Float64Array.from(LEGAL_STATUSES, (s) => agency.coverage[s] * TWO_TO_32);
  return { thresholds, coverage };
}
