/**
 * Independent trials that each succeed with a small chance p, decided by skipping: instead of
 * one draw per trial, one draw per success gives the number of failures before the next one
 * (geometric: ⌊ln u / ln(1 − p)⌋), so a 2 % chance costs a draw every fifty trials. The outcomes
 * have exactly the distribution of independent Bernoulli(p) trials (to the 2^-32 resolution of
 * u), whichever trials the caller makes.
 */
import type { Rng } from './prng';

const TWO_TO_MINUS_32 = 2 ** -32;
/** More trials than any shard makes: "never" for p = 0. */
const NEVER = 2 ** 52;

export class RareChance {
  private left: number;
  private readonly logQ: number;

  constructor(
    private readonly rng: Rng,
    private readonly p: number,
  ) {
    this.logQ = Math.log1p(-p);
    this.left = this.gap();
  }

  /** The outcome of the next trial. */
  next(): boolean {
    if (this.left > 0) {
      this.left--;
      return false;
    }
    this.left = this.gap();
    return true;
  }

  /** Failures before the next success. */
  private gap(): number {
    if (this.p <= 0) return NEVER;
    if (this.p >= 1) return 0;
    // u in (0, 1]: never 0, whose logarithm is −∞.
    const u = (this.rng.nextUint32() + 1) * TWO_TO_MINUS_32;
    return Math.min(NEVER, Math.floor(Math.log(u) / this.logQ));
  }
}
