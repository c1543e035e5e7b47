/**
 * The IRS "name control": the first four letters of an individual's surname, which the IRS
 * matches together with the taxpayer identification number (TIN matching). A hyphenated
 * surname uses its first part; a surname of two words (GARCIA LOPEZ) its first word; fewer than
 * four letters are kept as they are.
 */
export function nameControl(surname: string): string {
  const first =
    surname
      .trim()
      .toUpperCase()
      .split(/[-\s]+/)[0] ?? '';
  return first.replace(/[^A-Z]/g, '').slice(0, 4);
}
