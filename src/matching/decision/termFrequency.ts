/**
 * Term-frequency adjustment (Winkler 1989; as in Splink): exact agreement on a common value
 * is weaker evidence than exact agreement on a rare one, so the exact level's single u is
 * replaced by the frequency of the value itself.
 *
 * Given that one record says KIM, the other record says KIM with probability m_exact if it is
 * the same person, and with probability p_KIM if it is someone else — p_KIM being the share of
 * KIMs among the people it could be. The exact level's weight becomes log2(m_exact / p_KIM).
 *
 * Which frequency. p must describe the people the other record could belong to — the
 * population the other file is drawn from, within whatever the blocking puts together (a
 * community, a ZIP code) — not the file being scored:
 *  - A request list drawn mostly from Mexican and Central American nationals holds few Kims.
 *    Its own counts make KIM look rare (say 0.05 %), worth log2(0.9 / 0.0005) ≈ 10.8 bits —
 *    nearly a match on a surname alone. But the taxpayer file it is matched against holds
 *    about 1.4 million Korean Americans, 15–22 % of them Kim (datasets/SOURCES.md, "Korean
 *    KIM"), and where blocking puts them side by side (one ZIP code of a Korean neighbourhood)
 *    p_KIM nears 0.2, worth log2(0.9 / 0.2) ≈ 2.2 bits. The file's own frequency overstates
 *    the evidence by about 8.6 bits — it multiplies the odds of a match by 400 (0.2 / 0.0005)
 *    — and produces wrong-person matches of exactly the kind the court feared.
 *  - Conversely, a roster of Korean Americans makes KIM look common (15–22 % of the roster),
 *    worth only 2–2.6 bits, while among candidates from a population where Kims are rare that
 *    agreement is strong evidence: true matches are missed.
 *  - A file's own counts are also noisy for rare values: a name seen once in 1,000 rows gets
 *    frequency 0.001 whatever its real frequency.
 * The caller therefore passes the population frequency; this module never counts a file.
 */

/** How a field is term-frequency adjusted. */
export interface TermFrequencyAdjustment {
  /** The level meaning "the two values are identical"; its weight becomes log2(m / p). */
  readonly exactLevel: number;
}

/**
 * The smallest frequency a weight divides by: below one person in the largest population the
 * engine supports (2 billion), so it only catches a 0 — a value the caller's table never saw —
 * which would otherwise give an infinite weight.
 */
export const MIN_VALUE_FREQUENCY = 1e-10;

/** log2(m / p) with p floored at `MIN_VALUE_FREQUENCY` and capped at 1. */
export function termFrequencyWeight(mExact: number, valueFrequency: number): number {
  return Math.log2(mExact / Math.min(1, Math.max(valueFrequency, MIN_VALUE_FREQUENCY)));
}
