/**
 * The parameters the record does not reveal, with the ranges calibration searches and Monte
 * Carlo may draw from (datasets/SOURCES.md#calibration-ranges). Each names the target it drives;
 * several drive the same one (how many on the list file taxes, how many of their records carry
 * a taxpayer number), which is why calibration reports which ones the counts pin down.
 */
export interface CalibrationRange {
  path: string;
  low: number;
  high: number;
  /** What it is, and why this range. */
  doc: string;
}

export const CALIBRATION_RANGES: readonly CalibrationRange[] = [
  {
    path: 'replay.list.agency.noise.tinMissing',
    low: 0.3,
    high: 0.97,
    doc: 'Share of list records without the person’s SSN/ITIN (ICE knows few): drives the TIN path (42,695). Assumption: the MOU says "where known".',
  },
  {
    path: 'replay.irs.coverage.finalOrder',
    low: 0.2,
    high: 0.9,
    doc: 'Share of people with a final order and an ITIN who file taxes: drives every disclosure. Assumption: ITIN filers are roughly 4–5 M of ~11 M unauthorized immigrants.',
  },
  {
    path: 'population.itinShare',
    low: 0.2,
    high: 0.6,
    doc: 'Share of people with a final order who hold an ITIN (TIN availability). Assumption (population config).',
  },
  {
    path: 'replay.list.agency.noise.tinWrong',
    low: 0,
    high: 0.01,
    doc: 'Share of list records carrying someone else’s taxpayer number (TIN error rate). Assumption.',
  },
  {
    path: 'replay.list.agency.noise.addressUnusable',
    low: 0.01,
    high: 0.1,
    doc: 'Share of list records whose address is "Unknown Address"-type garbage with a ZIP: drives the < 5 % of disclosures on garbage addresses. Assumption.',
  },
  {
    path: 'replay.list.addressOutdated',
    low: 0.5,
    high: 0.97,
    doc: 'Share of list records whose address predates the move window (from the removal case, someone else’s home now): drives the name-and-address path (the 4,594 disclosures not made by TIN matching) and how many disclosures differ from ICE’s address. Assumption.',
  },
  {
    path: 'replay.crossReference.name.threshold',
    low: 0.1,
    high: 0.6,
    doc: 'fuse.js threshold of ICE’s "same or similar names": drives how many disclosures link back to a list record. Assumption (fuse.js’s default is 0.6).',
  },
];
