/** Plain words for the engine's identifiers, as the results screen and the report print them. */
import type { DoorKind } from '../../../src/matching/pipeline/ReplayResult';
import type { LegalStatus } from '../../../src/matching/population/config';

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  citizen: 'citizens',
  lawfulResident: 'lawful permanent residents',
  deferredAction: 'DACA / deferred action',
  finalOrder: 'people with a final order',
  otherNoncitizen: 'other noncitizens',
};

export const DOOR_KIND_LABELS: Record<DoorKind, string> = {
  currentHome: 'the listed person’s current home',
  staleHome: 'a home the listed person left (a wrong door if somebody lives there now)',
  someoneElsesHome: 'a home the listed person never lived in (a wrong door)',
  noHome: 'no home (PO box, unusable address)',
};

/** One person's legal status, as a row of a household table reads it. */
export const LEGAL_STATUS_SINGULAR: Record<LegalStatus, string> = {
  citizen: 'citizen',
  lawfulResident: 'lawful permanent resident',
  deferredAction: 'DACA / deferred action',
  finalOrder: 'final order of removal',
  otherNoncitizen: 'other noncitizen',
};
