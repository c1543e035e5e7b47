/**
 * Street lines as files write them, reduced to a comparable form: upper case, Latin letters
 * without diacritics, single spaces, the usual USPS abbreviations (STREET → ST, NORTH → N,
 * P.O. BOX → PO BOX), and a unit written at the end ("APT 4B", "UNIT 12", "# 7", "STE 300",
 * "FL 2") split off. A unit is keyed by its identifier alone: "APT 4B" and "#4B" are one home.
 *
 * A line the IRS would have accepted as an "address" but that names no place ("Unknown
 * Address", "Failed to provide", "N/A", no letters at all) is unusable: only its ZIP counts.
 */

export interface StreetLine {
  /** The street address without its unit; empty when there is none. */
  street: string;
  /** The unit identifier ("4B"); empty when there is none. */
  unit: string;
}

const ABBREVIATIONS: Record<string, string> = {
  STREET: 'ST',
  AVENUE: 'AVE',
  AV: 'AVE',
  ROAD: 'RD',
  DRIVE: 'DR',
  BOULEVARD: 'BLVD',
  LANE: 'LN',
  COURT: 'CT',
  PLACE: 'PL',
  TERRACE: 'TER',
  CIRCLE: 'CIR',
  PARKWAY: 'PKWY',
  HIGHWAY: 'HWY',
  SQUARE: 'SQ',
  NORTH: 'N',
  SOUTH: 'S',
  EAST: 'E',
  WEST: 'W',
  APARTMENT: 'APT',
  SUITE: 'STE',
  FLOOR: 'FL',
  ROOM: 'RM',
};

/** A unit at the end of a line: "… APT 4B", "… UNIT 12", "… STE 300", "… FL 2", "… #7". */
const UNIT_AT_END = /(?:\s(?:APT|UNIT|STE|FL|RM|LOT|SPC)\s*#?|\s?#)\s*([A-Z0-9]+(?:-[A-Z0-9]+)?)$/;
const UNIT_DESIGNATOR = /^(?:(?:APT|UNIT|STE|FL|RM|LOT|SPC)\b\s*#?|#)\s*/;

const UNUSABLE =
  /^(?:UNKNOWN|UNK|NONE|NULL|N\/A|NA|TBD|REFUSED|UNAVAILABLE|HOMELESS|GENERAL DELIVERY|(?:ADDRESS )?(?:UNKNOWN|NOT (?:PROVIDED|AVAILABLE|GIVEN|KNOWN))|NO (?:ADDRESS|STREET)|FAILED TO PROVIDE)\b/;

const ABBREVIABLE = new RegExp(`\\b(?:${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/** Upper case, ASCII letters, digits, '#', '/' and '-', single spaces, abbreviated words. */
function normaliseLine(raw: string): string {
  // eslint-disable-next-line no-control-regex
  let line = /^[\x00-\x7f]*$/.test(raw)
    ? raw
    : raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  line = line.toUpperCase();
  if (line.includes('.') || line.includes("'")) line = line.replace(/[.']/g, '');
  line = line
    .replace(/[^A-Z0-9#/-]+/g, ' ')
    .trim()
    .replace(ABBREVIABLE, (word) => ABBREVIATIONS[word]!);
  return line.includes('BOX') ? line.replace(/\b(?:P O|POST OFFICE) BOX\b/, 'PO BOX') : line;
}

/** The street and unit of a street line. */
export function parseStreetLine(raw: string): StreetLine {
  const line = normaliseLine(raw);
  const match = line.startsWith('PO BOX') ? null : UNIT_AT_END.exec(line);
  if (!match || match.index === 0) return { street: line, unit: '' };
  return { street: line.slice(0, match.index).trimEnd(), unit: match[1]! };
}

/** The identifier of a unit written in a column of its own ("Apt 4b" → "4B"). */
export function parseUnit(raw: string): string {
  return normaliseLine(raw).replace(UNIT_DESIGNATOR, '').replace(/\s+/g, '');
}

/** True for a street that names no place: "UNKNOWN ADDRESS"-style text or no letters. */
export function isUnusableStreet(street: string): boolean {
  return !/[A-Z]/.test(street) || UNUSABLE.test(street);
}
