/**
 * The advocate's one sentence: how many of the updated addresses are someone else's home, and
 * how many people live behind those doors, citizens counted — with the 90 % interval when
 * there is more than one replicate. The command line and the app print the same words.
 */
import type { Estimate } from '../pipeline/ReplayResult';

/** A count as people read it: rounded to two significant figures above 1,000 ("about 4,700"). */
export function roundCount(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  const digits = abs >= 1000 ? Math.pow(10, Math.floor(Math.log10(abs)) - 1) : abs >= 100 ? 10 : 1;
  return (Math.round(x / digits) * digits).toLocaleString('en-US');
}

/** "4,700 (90 % interval 4,500–4,900)", or just "4,700" when the interval is one value. */
export function estimateText(e: Estimate): string {
  const mid = roundCount(e.mean);
  if (e.values.length < 2 || roundCount(e.low) === roundCount(e.high)) return mid;
  return `${mid} (90 % interval ${roundCount(e.low)}–${roundCount(e.high)})`;
}

export interface HeadlineNumbers {
  updatedAddresses: Estimate;
  wrongDoors: Estimate;
  peopleBehindWrongDoors: Estimate;
  citizensBehindWrongDoors: Estimate;
  disclosed: Estimate;
}

export function headlineSentence(n: HeadlineNumbers): string {
  const share = n.updatedAddresses.mean > 0 ? n.wrongDoors.mean / n.updatedAddresses.mean : 0;
  return (
    `Of the about ${roundCount(n.updatedAddresses.mean)} "updated addresses" ICE would draw from ` +
    `${roundCount(n.disclosed.mean)} IRS disclosures, about ${estimateText(n.wrongDoors)} ` +
    `(${Math.round(share * 100)} %) are someone else's home, where about ` +
    `${estimateText(n.peopleBehindWrongDoors)} people live, ` +
    `${roundCount(n.citizensBehindWrongDoors.mean)} of them US citizens.`
  );
}
