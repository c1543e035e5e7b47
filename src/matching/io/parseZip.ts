/**
 * ZIP codes to five-digit numbers. ZIP+4 (02139-4301, or nine digits) keeps its first five
 * digits. Three or four digits are read as a ZIP whose leading zeros a spreadsheet dropped
 * (2139 → 02139): New England, New Jersey and Puerto Rico ZIPs start with 0.
 */

/** Returned for text that is not a ZIP code. */
export const NOT_A_ZIP = -1;

const ZIP = /^(\d{3,5})(?:[-\s]?\d{4})?$/;

/** The ZIP of `text` (trimmed, not empty) as a number, or NOT_A_ZIP. */
export function parseZip(text: string): number {
  const match = ZIP.exec(text);
  if (!match) return NOT_A_ZIP;
  const digits = match[1]!;
  // ZIP+4 needs all five digits: "2139-4301" is not a ZIP.
  if (digits.length < 5 && text.length > digits.length) return NOT_A_ZIP;
  const zip = Number(digits);
  return zip === 0 ? NOT_A_ZIP : zip;
}
