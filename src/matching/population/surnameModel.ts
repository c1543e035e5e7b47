/**
 * Surnames by race/ethnicity group and by community, with the tail of rare surnames.
 *
 * For group g, P(surname) ∝ the Census 2010 bearers of that surname in g; the people of g whose
 * surname has fewer than 100 bearers (the Census residual row, split by its own group shares)
 * form one extra bucket that draws from the tail model (tailSurnames.ts). Tail names are not
 * group-specific: an assumption, since the Census publishes no detail below 100 bearers.
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';
import { RACE_GROUPS, type SurnameDistribution } from '../datasets/communitySchema';
import type { SurnameResidual, SurnameTable } from '../datasets/parse';
import { TAIL_BASE, type NameDictionary } from '../names/NameDictionary';
import { decodeTail, fitTailModel, type TailModel, type TailSpelling } from '../names/tailSurnames';

/** Value an alias table returns for "draw from the rare-surname tail". */
export const TAIL_MARK = 0xffffffff;
/** Value a community's table returns for "draw from the remainder". */
export const REST_MARK = 0xfffffffd;

export class SurnameModel {
  readonly censusIds: Uint32Array;
  readonly tail: TailModel;
  /** Per race/ethnicity group: Census surnames, and TAIL_MARK for the rare-surname bucket. */
  readonly byGroup: AliasTable[];
  private readonly tailClasses: AliasTable;
  /** People of each group whose surname is in the tail (Census residual row). */
  private readonly tailBearers: Float64Array;
  /** Tail indices whose spelling is also a Census surname map to that surname's id. */
  private readonly shadowed = new Map<number, number>();

  constructor(
    private readonly table: SurnameTable,
    residual: SurnameResidual,
    spelling: TailSpelling,
    dictionary: NameDictionary,
  ) {
    const n = table.names.length;
    this.censusIds = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.censusIds[i] = dictionary.intern(table.names[i]!);
    for (let i = 0; i < n; i++) {
      const k = decodeTail(spelling, table.names[i]!);
      if (k >= 0) this.shadowed.set(k, this.censusIds[i]!);
    }
    this.tail = fitTailModel(
      residual.residualCount,
      residual.distinctSurnamesTotal - residual.listedNames,
    );
    this.tailBearers = Float64Array.from(
      RACE_GROUPS,
      (g) => residual.residualCount * residual.residualShares[g],
    );
    const values = new Uint32Array(n + 1);
    values.set(this.censusIds);
    values[n] = TAIL_MARK;
    this.byGroup = RACE_GROUPS.map((group, g) => {
      const weights = new Float64Array(n + 1);
      weights.set(table.byRace[group]);
      weights[n] = this.tailBearers[g]!;
      return new AliasTable(weights, values);
    });
    const classWeights = Array.from(this.tail.namesWithCount, (names, c) => names * (c + 1));
    this.tailClasses = new AliasTable(classWeights);
  }

  /** A surname id for a person of race/ethnicity group index `group`. */
  sample(rng: Rng, group: number): number {
    const id = this.byGroup[group]!.sample(rng);
    return id === TAIL_MARK ? this.sampleTail(rng) : id;
  }

  /** `id` itself, or a rare surname when `id` is TAIL_MARK (a group or remainder table's bucket). */
  finish(rng: Rng, id: number): number {
    return id === TAIL_MARK ? this.sampleTail(rng) : id;
  }

  /** A rare surname (fewer than 100 bearers), drawn in proportion to its modelled bearers. */
  sampleTail(rng: Rng): number {
    const c = this.tailClasses.sample(rng);
    const k =
      this.tail.classStart[c]! + Math.floor(rng.nextDouble() * this.tail.namesWithCount[c]!);
    return this.shadowed.get(k) ?? TAIL_BASE + k;
  }

  /**
   * A community's distribution: its listed names at their shares, and the rest from the group's
   * Census distribution with the listed names removed (so their shares stay as stated).
   */
  community(distribution: SurnameDistribution, dictionary: NameDictionary): CommunitySurnames {
    const group = RACE_GROUPS.indexOf(distribution.remainderRace);
    const listedIds = distribution.names.map((w) => dictionary.intern(w.name));
    const listedMass = distribution.names.reduce((sum, w) => sum + w.share, 0);
    const listedSet = new Set(listedIds);
    const n = this.table.names.length;
    const census = this.table.byRace[distribution.remainderRace];
    const weights = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) weights[i] = listedSet.has(this.censusIds[i]!) ? 0 : census[i]!;
    weights[n] = 0;
    // The group's rare-surname bucket keeps its weight (bearers) beside the remaining names.
    weights[n] = this.tailBearers[group]!;
    const values = new Uint32Array(n + 1);
    values.set(this.censusIds);
    values[n] = TAIL_MARK;
    const shares = distribution.names.map((w) => w.share);
    // With no listed names (or none with a share) everything comes from the remainder.
    const top = new AliasTable(
      [...shares, listedMass > 0 ? Math.max(0, 1 - listedMass) : 1],
      [...listedIds, REST_MARK],
    );
    return new CommunitySurnames(this, top, new AliasTable(weights, values));
  }
}

export class CommunitySurnames {
  constructor(
    private readonly model: SurnameModel,
    private readonly top: AliasTable,
    /** The remainder: the group's Census surnames less the listed ones, and TAIL_MARK. */
    readonly rest: AliasTable,
  ) {}

  sample(rng: Rng): number {
    const listed = this.top.sample(rng);
    if (listed !== REST_MARK) return listed;
    return this.model.finish(rng, this.rest.sample(rng));
  }

  /** A listed surname, or REST_MARK: then the surname is a draw from `rest` (then `finish`). */
  sampleListed(rng: Rng): number {
    return this.top.sample(rng);
  }
}
