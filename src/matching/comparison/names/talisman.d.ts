// Type declarations for the parts of talisman (MIT, Yomguithereal) the engine uses; the package
// ships none. Each module is CommonJS with a default export.
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, boost threshold 0.7). */
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/phonetics/soundex.js' {
  export default function soundex(name: string): string;
}
declare module 'talisman/phonetics/nysiis.js' {
  /** The original NYSIIS algorithm (Taft, 1970). */
  export function original(name: string): string;
  export function refined(name: string): string;
}
declare module 'talisman/phonetics/double-metaphone.js' {
  /** [primary, secondary] codes (Philips, 2000). */
  export default function doubleMetaphone(name: string): [string, string];
}
