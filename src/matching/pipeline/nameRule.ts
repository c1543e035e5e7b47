/**
 * "Same or similar names", as the replay's two name matches judge them (the IRS's name path and
 * ICE's cross-reference): the fuse.js score of the full names "GIVEN SURNAME" (0 identical, 1
 * unrelated) against a threshold, or a deterministic rule over the record comparison. Both
 * records must hold name ids of one name space (`nameOf`).
 */
import { comparisonFields, FIELD_COUNT, RecordComparer } from '../comparison/recordComparison';
import { NameLetterCounts } from '../comparison/names/fuseBound';
import { lowestFuseScores } from '../comparison/names/fuseBest';
import { fuseScore } from '../comparison/names/fuseScore';
import { DEFAULT_NAME_LEVELS } from '../comparison/names/nameLevels';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import { compileRule, type CompiledRule } from '../decision/rules';
import type { LinkRecords } from '../linking/LinkRecords';
import { normaliseName } from '../names/NameDictionary';
import type { NameRule } from './replayConfig';

/** The record comparison a name rule's conditions refer to (default name levels). */
const NAME_RULE_COMPARISON = {
  given: [...DEFAULT_NAME_LEVELS],
  surname: [...DEFAULT_NAME_LEVELS],
};

/**
 * Checks a name rule's fields and levels as the replay will (the errors name `path`), so that a
 * scenario with a bad rule is refused before a run, not in a worker thread.
 */
export function checkNameRule(config: NameRule, path: string): void {
  if (config.kind === 'rule')
    compileRule(config.rule, comparisonFields(NAME_RULE_COMPARISON), `${path}.rule`);
}

/** Score of a pair a rule rejects. */
export const REJECTED = 1;

export class NameJudge {
  readonly comparer: RecordComparer;
  private readonly rule: CompiledRule | null;
  private readonly levels = new Uint8Array(FIELD_COUNT);
  private readonly fuseCache = new Map<string, number>();
  private readonly normalised = new WeakMap<LinkRecords, (string | undefined)[]>();

  constructor(
    readonly config: NameRule,
    private readonly nameOf: (id: number) => string,
    families: RomanisationFamilies,
    path: string,
  ) {
    this.comparer = new RecordComparer(NAME_RULE_COMPARISON, nameOf, families);
    this.rule =
      config.kind === 'rule'
        ? compileRule(config.rule, this.comparer.fields, `${path}.rule`)
        : null;
  }

  /** True when the judge is a fuse.js threshold (its scores form a curve worth binning). */
  get scored(): boolean {
    return this.config.kind === 'fuse';
  }

  /** The threshold a score must not exceed. */
  get threshold(): number {
    return this.config.kind === 'fuse' ? this.config.threshold : 0;
  }

  /** The pair's score: its fuse.js score, or 0 when the rule accepts it and REJECTED when not. */
  score(a: LinkRecords, i: number, b: LinkRecords, j: number): number {
    if (this.rule) {
      this.comparer.compare(a, i, b, j, this.levels, 0);
      return this.rule.accepts(this.levels) ? 0 : REJECTED;
    }
    return this.fuse(fullName(this.nameOf, a, i), fullName(this.nameOf, b, j));
  }

  /**
   * Of the records `candidates` of `b` (in their order), the one scoring lowest against record
   * i of `a` — the first of equals — and its score, when that score is at most `limit`; else
   * null. The same answer as scoring each candidate with `score`; a fuse.js judge below a limit
   * of 1 skips, by their lower bound, the candidates that cannot win (fuseBest.ts).
   */
  best(
    a: LinkRecords,
    i: number,
    b: LinkRecords,
    candidates: readonly number[],
    limit: number,
  ): { at: number; score: number } | null {
    const query = this.scored ? this.normalisedName(a, i) : '';
    if (!this.scored || limit >= 1 || query === '') {
      let best = Infinity;
      let at = -1;
      for (const j of candidates) {
        const score = this.score(a, i, b, j);
        if (score < best) {
          best = score;
          at = j;
        }
      }
      return at >= 0 && best <= limit ? { at, score: best } : null;
    }
    // Below a limit of 1, a name fuse.js finds no hit for (scored 1 by `fuse`) never counts.
    const names = candidates.map((j) => this.normalisedName(b, j));
    const found = lowestFuseScores(query, [new NameLetterCounts(names)], limit);
    if (found.names.length === 0) return null;
    return { at: candidates[found.names[0]!.name]!, score: found.score };
  }

  /** The normalised full name of record j of `r`, made once per record. */
  private normalisedName(r: LinkRecords, j: number): string {
    let names = this.normalised.get(r);
    if (!names) this.normalised.set(r, (names = new Array<string | undefined>(r.size)));
    return (names[j] ??= normaliseName(fullName(this.nameOf, r, j)));
  }

  /** The fuse.js score of two full names, computed once per distinct pair. */
  fuse(a: string, b: string): number {
    const key = `${a}|${b}`;
    let score = this.fuseCache.get(key);
    if (score === undefined) {
      score = a === '' || b === '' ? 1 : fuseScore(a, b);
      this.fuseCache.set(key, score);
    }
    return score;
  }
}

/** "GIVEN SURNAME" of record i ('' when both are missing). */
export function fullName(nameOf: (id: number) => string, r: LinkRecords, i: number): string {
  const g = r.given[i]!;
  const s = r.surname[i]!;
  return `${g === 0 ? '' : nameOf(g)} ${s === 0 ? '' : nameOf(s)}`.trim();
}
