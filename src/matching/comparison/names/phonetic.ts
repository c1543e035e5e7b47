/**
 * Phonetic codes of a name, from talisman: Soundex (Russell, 1918, as used by the US Census),
 * NYSIIS (Taft, 1970, New York State Identification and Intelligence System) and Double
 * Metaphone (Philips, 2000; a primary and an alternative code). Two names agree phonetically
 * under an algorithm when their codes are equal (for Double Metaphone, when any code matches).
 */
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import { original as nysiis } from 'talisman/phonetics/nysiis.js';
import soundex from 'talisman/phonetics/soundex.js';

export const PHONETIC_ALGORITHMS = ['soundex', 'nysiis', 'doubleMetaphone'] as const;
export type PhoneticAlgorithm = (typeof PHONETIC_ALGORITHMS)[number];

export interface PhoneticCodes {
  soundex: string;
  nysiis: string;
  metaphone: [string, string];
}

/** Letters only: the algorithms are defined on the Latin alphabet. */
function letters(name: string): string {
  return name.toUpperCase().replace(/[^A-Z]/g, '');
}

export function phoneticCodes(name: string): PhoneticCodes {
  const clean = letters(name);
  if (clean.length === 0) return { soundex: '', nysiis: '', metaphone: ['', ''] };
  return { soundex: soundex(clean), nysiis: nysiis(clean), metaphone: doubleMetaphone(clean) };
}

export function phoneticAgree(
  a: PhoneticCodes,
  b: PhoneticCodes,
  algorithm: PhoneticAlgorithm,
): boolean {
  switch (algorithm) {
    case 'soundex':
      return a.soundex !== '' && a.soundex === b.soundex;
    case 'nysiis':
      return a.nysiis !== '' && a.nysiis === b.nysiis;
    case 'doubleMetaphone': {
      const [a1, a2] = a.metaphone;
      const [b1, b2] = b.metaphone;
      return a1 !== '' && (a1 === b1 || a1 === b2 || (a2 !== '' && (a2 === b1 || a2 === b2)));
    }
  }
}
