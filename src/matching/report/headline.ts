/**
 * The advocate's one sentence: how many of the updated addresses lead to a door where the listed
 * person does not live but somebody else does (a wrong door: pipeline/doors.ts), in what
 * population, and how many people live behind those doors, citizens counted — with the 90 % interval when
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
  /** People in the population the run made (a region's, or the nation's). */
  population: number;
  /** Whether counts were scaled up from a sample of the list (then none is exact). */
  scaled: boolean;
  updatedAddresses: Estimate;
  wrongDoors: Estimate;
  peopleBehindWrongDoors: Estimate;
  citizensBehindWrongDoors: Estimate;
  disclosed: Estimate;
}

/** "about 4,700" when the count is rounded, scaled or an average over replicates, else "34". */
function count(e: Estimate, scaled: boolean): string {
  const text = roundCount(e.mean);
  const exact =
    !scaled &&
    e.values.length < 2 &&
    Number.isInteger(e.mean) &&
    text === e.mean.toLocaleString('en-US');
  return exact ? text : `about ${text}`;
}

/** "; 90 % interval 4,100–5,900", or nothing when the interval is one value. */
function interval(e: Estimate): string {
  if (e.values.length < 2 || roundCount(e.low) === roundCount(e.high)) return '';
  return `; 90 % interval ${roundCount(e.low)}–${roundCount(e.high)}`;
}

const isOne = (e: Estimate) => roundCount(e.mean) === '1';

/**
 * "In a population of 500,000 people, of 34 "updated addresses" ICE would draw from 41 IRS
 * disclosures, 1 (3 %) leads to a door where the listed person does not live but somebody else
 * does; 3 people live behind it, 2 of them US citizens." The population is named so that a
 * region's counts are not read as the nation's.
 */
export function headlineSentence(n: HeadlineNumbers): string {
  const share = n.updatedAddresses.mean > 0 ? n.wrongDoors.mean / n.updatedAddresses.mean : 0;
  const oneDoor = isOne(n.wrongDoors);
  const people = n.peopleBehindWrongDoors;
  const citizens = n.citizensBehindWrongDoors;
  const opening =
    `In a population of ${Math.round(n.population).toLocaleString('en-US')} people, ` +
    `of ${count(n.updatedAddresses, n.scaled)} "updated addresses" ICE would draw from ` +
    `${count(n.disclosed, n.scaled)} IRS disclosures, `;
  if (n.wrongDoors.mean === 0 && n.wrongDoors.high === 0)
    return `${opening}none leads to a door where the listed person does not live but somebody else does.`;
  return (
    `${opening}${count(n.wrongDoors, n.scaled)} ` +
    `(${Math.round(share * 100)} %${interval(n.wrongDoors)}) ${oneDoor ? 'leads' : 'lead'} to a door ` +
    `where the listed person does not live but somebody else does; ` +
    `${count(people, n.scaled)}${interval(people) ? ` (${interval(people).slice(2)})` : ''} ` +
    `${isOne(people) ? 'person lives' : 'people live'} behind ${oneDoor ? 'it' : 'those doors'}, ` +
    `${count(citizens, n.scaled).replace(/^about /, '')} of them ${isOne(citizens) ? 'a US citizen' : 'US citizens'}.`
  );
}
