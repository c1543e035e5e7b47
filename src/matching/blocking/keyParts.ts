/**
 * The values blocking keys are made of, each a 32-bit number read from one record; 0 means the
 * value is missing, and a record missing any part of a rule's key is not blocked by that rule
 * (a missing value never agrees). Codes (Soundex, name control, romanisation family) are
 * interned into small per-run code tables so they compare as numbers.
 */
import { nameControl } from '../comparison/names/nameControl';
import { phoneticCodes } from '../comparison/names/phonetic';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { LinkRecords } from '../linking/LinkRecords';
import { formatDate, yearOf } from '../population/calendar';

export const KEY_PARTS = [
  'given',
  'surname',
  'givenSoundex',
  'surnameSoundex',
  'surnameNameControl',
  'surnameFamily',
  'givenInitial',
  'dob',
  'birthYear',
  'zip',
  'building',
  'tin',
] as const;
export type KeyPart = (typeof KEY_PARTS)[number];

/** Reads key parts of records, interning derived codes once per name id. */
export class KeyReader {
  private readonly codeIds = new Map<string, number>();
  private readonly derived = new Map<string, Map<number, number>>();

  constructor(
    private readonly nameOf: (id: number) => string,
    private readonly families: RomanisationFamilies,
  ) {}

  /** The value of `part` for record i of `r` (0 when missing). */
  read(part: KeyPart, r: LinkRecords, i: number): number {
    switch (part) {
      case 'given':
        return r.given[i]!;
      case 'surname':
        return r.surname[i]!;
      case 'givenSoundex':
        return this.code('soundex', r.given[i]!, (s) => phoneticCodes(s).soundex);
      case 'surnameSoundex':
        return this.code('soundex', r.surname[i]!, (s) => phoneticCodes(s).soundex);
      case 'surnameNameControl':
        return this.code('control', r.surname[i]!, nameControl);
      case 'surnameFamily':
        return this.code(
          'family',
          r.surname[i]!,
          (s) => [s, ...this.families.spellings(s)].sort()[0]!,
        );
      case 'givenInitial':
        return this.code('initial', r.given[i]!, (s) => s.charAt(0));
      case 'dob':
        return r.dob[i]!;
      case 'birthYear':
        return r.dob[i]! === 0 ? 0 : yearOf(r.dob[i]!);
      case 'zip':
        return r.zip[i]!;
      case 'building':
        return r.building[i]!;
      case 'tin':
        return r.tin[i]!;
    }
  }

  /**
   * `part` of record i as a person reads it, to name a block in a message: a name, a code of
   * one ("Soundex of "SMITH""), a date, a ZIP. Street addresses and TINs are not spelled out
   * (records hold only their ids, and a TIN is not for messages).
   */
  describe(part: KeyPart, r: LinkRecords, i: number): string {
    const name = (id: number) => JSON.stringify(this.nameOf(id));
    switch (part) {
      case 'given':
        return `given name ${name(r.given[i]!)}`;
      case 'surname':
        return `surname ${name(r.surname[i]!)}`;
      case 'givenSoundex':
        return `Soundex of given name ${name(r.given[i]!)}`;
      case 'surnameSoundex':
        return `Soundex of surname ${name(r.surname[i]!)}`;
      case 'surnameNameControl':
        return `name control of surname ${name(r.surname[i]!)}`;
      case 'surnameFamily':
        return `romanisation family of surname ${name(r.surname[i]!)}`;
      case 'givenInitial':
        return `initial of given name ${name(r.given[i]!)}`;
      case 'dob':
        return `date of birth ${formatDate(r.dob[i]!)}`;
      case 'birthYear':
        return `birth year ${yearOf(r.dob[i]!)}`;
      case 'zip':
        return `ZIP ${String(r.zip[i]!).padStart(5, '0')}`;
      case 'building':
        return 'one street address';
      case 'tin':
        return 'one TIN';
    }
  }

  private code(kind: string, nameId: number, derive: (name: string) => string): number {
    if (nameId === 0) return 0;
    let byName = this.derived.get(kind);
    if (!byName) {
      byName = new Map();
      this.derived.set(kind, byName);
    }
    let code = byName.get(nameId);
    if (code === undefined) {
      const text = derive(this.nameOf(nameId));
      code = text === '' ? 0 : this.intern(`${kind}:${text}`);
      byName.set(nameId, code);
    }
    return code;
  }

  private intern(text: string): number {
    let id = this.codeIds.get(text);
    if (id === undefined) {
      id = this.codeIds.size + 1;
      this.codeIds.set(text, id);
    }
    return id;
  }
}
