/**
 * How a CSV file's header becomes the keys of its rows (papaparse's `transformHeader`), the
 * same for `namesake link-csv` and the app's Import screen: each name trimmed, and a repeated
 * name given a distinct key ("ZIP", "ZIP (2)") so no column hides another. The names as the
 * file spells them are collected in `headers`, for messages that list them.
 */
export function headerKeys(headers: string[]): (raw: string) => string {
  const used = new Set<string>();
  return (raw: string) => {
    const name = raw.trim();
    headers.push(name);
    let key = name;
    for (let k = 2; used.has(key); k++) key = `${name} (${k})`;
    used.add(key);
    return key;
  };
}
