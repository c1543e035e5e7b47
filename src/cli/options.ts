/** Parsing of numeric options with messages that name the option. */
import { cliMessage, UsageError } from './messages';

/** Accepts 1000000, 1,000,000, 1_000_000, 1e6 and 10M / 2.5k style suffixes. */
export function parseCount(option: string, raw: string, min: number, max: number): number {
  const cleaned = raw.trim().replace(/[,_]/g, '');
  // A negative whole number is a whole number out of range, not "not a whole number".
  if (/^-\d+$/.test(cleaned))
    throw new UsageError(cliMessage.outOfRange(option, Number(cleaned), min, max));
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)([kKmMbB]?)$/.exec(cleaned);
  if (!match) throw new UsageError(cliMessage.notAnInteger(option, raw));
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'b'];
  const value = Number(match[1]) * scale;
  if (!Number.isInteger(value)) throw new UsageError(cliMessage.notAnInteger(option, raw));
  if (value < min || value > max)
    throw new UsageError(cliMessage.outOfRange(option, value, min, max));
  return value;
}

/** --max-pairs: the most candidate pairs a link may make (1 to 2^32, far above what fits). */
export function maxPairsOption(raw: string): number {
  return parseCount('--max-pairs', raw, 1, 2 ** 32);
}
