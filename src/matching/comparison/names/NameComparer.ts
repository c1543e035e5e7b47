/**
 * Compares names by id, computing each distinct pair once: the level a pair of name ids reaches
 * is cached, so a million record pairs that share a few thousand name pairs cost a few thousand
 * string comparisons. Phonetic codes are cached per name.
 */
import { fuseScore } from './fuseScore';
import { jaroWinkler } from './jaroWinkler';
import { PairCache } from './PairCache';
import { nameControl } from './nameControl';
import type { NameTest } from './nameLevels';
import { phoneticAgree, phoneticCodes, type PhoneticCodes } from './phonetic';
import type { RomanisationFamilies } from './romanisationFamilies';

export class NameComparer {
  /** Level of "other" and of "missing". */
  readonly otherLevel: number;
  readonly missingLevel: number;
  private readonly cache = new PairCache();
  private readonly codes = new Map<number, PhoneticCodes>();
  /** Distinct name pairs compared so far (for diagnostics). */
  distinctPairs = 0;

  constructor(
    private readonly tests: readonly NameTest[],
    private readonly nameOf: (id: number) => string,
    private readonly families: RomanisationFamilies,
  ) {
    this.otherLevel = tests.length;
    this.missingLevel = tests.length + 1;
  }

  /** The distinct name pairs compared so far, as interleaved ids (a0, b0, a1, b1, …). */
  comparedPairs(): Uint32Array {
    return this.cache.pairs();
  }

  /** The level of the pair (a from the first file, b from the second); 0 ids are missing. */
  level(a: number, b: number): number {
    if (a === 0 || b === 0) return this.missingLevel;
    let level = this.cache.get(a, b);
    if (Number.isNaN(level)) {
      level = this.compute(a, b);
      this.cache.set(a, b, level);
      this.distinctPairs++;
    }
    return level;
  }

  private compute(a: number, b: number): number {
    const sa = this.nameOf(a);
    const sb = this.nameOf(b);
    for (let i = 0; i < this.tests.length; i++) {
      if (this.passes(this.tests[i]!, a, b, sa, sb)) return i;
    }
    return this.otherLevel;
  }

  private passes(test: NameTest, a: number, b: number, sa: string, sb: string): boolean {
    switch (test.test) {
      case 'exact':
        return a === b || sa === sb;
      case 'romanisation':
        return this.families.related(sa, sb);
      case 'jaroWinkler':
        return jaroWinkler(sa, sb) >= test.atLeast;
      case 'fuse':
        return fuseScore(sa, sb) <= test.atMost;
      case 'phonetic':
        return phoneticAgree(this.codesOf(a, sa), this.codesOf(b, sb), test.algorithm);
      case 'nameControl':
        return nameControl(sa) !== '' && nameControl(sa) === nameControl(sb);
    }
  }

  private codesOf(id: number, name: string): PhoneticCodes {
    let codes = this.codes.get(id);
    if (!codes) {
      codes = phoneticCodes(name);
      this.codes.set(id, codes);
    }
    return codes;
  }
}
