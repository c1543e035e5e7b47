/**
 * The tail of rare surnames: the ~10 % of people whose surname has fewer than 100 bearers and is
 * therefore absent from the Census 2010 file. Their names are synthetic but shaped like real
 * ones (built from the commonest 3-letter beginnings, 2-letter middles and 3-letter endings of
 * real surnames), and each tail index has exactly one spelling that can be decoded back to it,
 * so a dictionary never holds two ids for one string.
 *
 * How many tail names there are, and how many people each has, follows the Census counts: the
 * residual row's people spread over (distinct surnames − listed surnames) names, with bearer
 * counts 1 … 99 following a power law c^−α whose α is solved so the mean matches. The power-law
 * form is an assumption (datasets/SOURCES.md#population-model-parameters).
 */

const ONSETS = 256;
const MIDDLES = 128;
const CODAS = 256;
/** How many distinct tail spellings the scheme can produce. */
export const TAIL_CAPACITY = ONSETS * MIDDLES * CODAS;

export interface TailSpelling {
  onsets: string[];
  middles: string[];
  codas: string[];
  onsetIndex: Map<string, number>;
  middleIndex: Map<string, number>;
  codaIndex: Map<string, number>;
}

/** Picks the commonest fragments, by bearers, of real surnames of 8+ letters. */
export function buildTailSpelling(
  names: readonly string[],
  counts: ArrayLike<number>,
): TailSpelling {
  const tally = (slice: (name: string) => string) => {
    const map = new Map<string, number>();
    names.forEach((name, i) => {
      if (name.length < 8 || !/^[A-Z]+$/.test(name)) return;
      const piece = slice(name);
      map.set(piece, (map.get(piece) ?? 0) + counts[i]!);
    });
    return [...map.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([piece]) => piece);
  };
  const onsets = tally((n) => n.slice(0, 3)).slice(0, ONSETS);
  const middles = tally((n) => n.slice(3, 5)).slice(0, MIDDLES);
  const codas = tally((n) => n.slice(-3)).slice(0, CODAS);
  if (onsets.length < ONSETS || middles.length < MIDDLES || codas.length < CODAS) {
    throw new Error('not enough surname fragments to spell the tail');
  }
  const index = (list: string[]) => new Map(list.map((s, i) => [s, i]));
  return {
    onsets,
    middles,
    codas,
    onsetIndex: index(onsets),
    middleIndex: index(middles),
    codaIndex: index(codas),
  };
}

/** The spelling of tail name k (0 ≤ k < TAIL_CAPACITY). */
export function spellTail(spelling: TailSpelling, k: number): string {
  // Scramble k so consecutive indices (same bearer-count class) do not share an onset.
  const s = scramble(k);
  return (
    spelling.onsets[s % ONSETS]! +
    spelling.middles[Math.floor(s / ONSETS) % MIDDLES]! +
    spelling.codas[Math.floor(s / (ONSETS * MIDDLES))]!
  );
}

/** The tail index spelled by `name`, or -1 if no tail name is spelled that way. */
export function decodeTail(spelling: TailSpelling, name: string): number {
  if (name.length !== 8) return -1;
  const a = spelling.onsetIndex.get(name.slice(0, 3));
  const b = spelling.middleIndex.get(name.slice(3, 5));
  const c = spelling.codaIndex.get(name.slice(5));
  if (a === undefined || b === undefined || c === undefined) return -1;
  return unscramble(a + ONSETS * b + ONSETS * MIDDLES * c);
}

// A bijection on [0, 2^23): an xor-shift, then a multiply by an odd constant (low bits of
// Math.imul are exact), both invertible mod 2^23.
const MASK = TAIL_CAPACITY - 1;
const MULT = 0x2f5a3b;
const MULT_INV = modInverse(MULT, TAIL_CAPACITY);

function scramble(k: number): number {
  let x = k & MASK;
  x ^= x >>> 11;
  return Math.imul(x, MULT) & MASK;
}

function unscramble(s: number): number {
  let x = Math.imul(s, MULT_INV) & MASK;
  x ^= x >>> 11;
  x ^= x >>> 22;
  return x & MASK;
}

function modInverse(a: number, m: number): number {
  let [oldR, r] = [BigInt(a), BigInt(m)];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return Number(((oldS % BigInt(m)) + BigInt(m)) % BigInt(m));
}

/** How many tail names carry each bearer count 1 … 99, and where each class starts. */
export interface TailModel {
  /** Number of distinct tail names. */
  names: number;
  /** Fitted power-law exponent α of bearer counts. */
  alpha: number;
  /** namesWithCount[c − 1]: names with exactly c bearers (c = 1 … 99). */
  namesWithCount: Float64Array;
  /** classStart[c − 1]: the first tail index of class c. */
  classStart: Float64Array;
}

const MAX_TAIL_COUNT = 99;

/** Solves α so that names × mean(c) = people, with p(c) ∝ c^−α on 1 … 99. */
export function fitTailModel(people: number, names: number): TailModel {
  if (names > TAIL_CAPACITY)
    throw new Error(`tail of ${names} names exceeds capacity ${TAIL_CAPACITY}`);
  const target = people / names;
  const mean = (alpha: number) => {
    let num = 0;
    let den = 0;
    for (let c = 1; c <= MAX_TAIL_COUNT; c++) {
      const w = c ** -alpha;
      num += c * w;
      den += w;
    }
    return num / den;
  };
  let lo = 0;
  let hi = 6;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) > target) lo = mid;
    else hi = mid;
  }
  const alpha = (lo + hi) / 2;
  let den = 0;
  for (let c = 1; c <= MAX_TAIL_COUNT; c++) den += c ** -alpha;
  const namesWithCount = new Float64Array(MAX_TAIL_COUNT);
  const classStart = new Float64Array(MAX_TAIL_COUNT);
  let start = 0;
  for (let c = 1; c <= MAX_TAIL_COUNT; c++) {
    const n = Math.max(1, Math.round((names * c ** -alpha) / den));
    namesWithCount[c - 1] = n;
    classStart[c - 1] = start;
    start += n;
  }
  return { names: start, alpha, namesWithCount, classStart };
}
