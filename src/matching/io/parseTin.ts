/**
 * Taxpayer identification numbers (SSN or ITIN) to numbers: nine digits, with or without the
 * usual dashes or spaces (123-45-6789). Other lengths are not read: guessing a dropped leading
 * zero would invent a number, and a TIN is what TIN matching trusts most.
 */

/** Returned for text that is not a TIN. */
export const NOT_A_TIN = -1;

/** The TIN of `text` (trimmed, not empty) as a number, or NOT_A_TIN. */
export function parseTin(text: string): number {
  if (!/^[\d\s-]+$/.test(text)) return NOT_A_TIN;
  const digits = text.replace(/[\s-]/g, '');
  if (digits.length !== 9) return NOT_A_TIN;
  const tin = Number(digits);
  return tin === 0 ? NOT_A_TIN : tin;
}

/** How many digits `text` holds (for the message when it is not a TIN). */
export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}
