/**
 * Given names that correlate with sex, birth decade and race/ethnicity as they do in life.
 *
 * P(name | sex, decade, group) ∝ P(name | sex, decade) · P(group | name): the SSA tables give the
 * first factor, Tzioumis (2018) the second; names Tzioumis does not list share its "all other
 * first names" split. Race is assumed independent of decade given the name. Each of the
 * 2 sexes × 9 decades × 6 groups has one alias table that returns name ids directly.
 */
import { AliasTable } from '../random/alias';
import type { Rng } from '../random/prng';
import { RACE_GROUPS } from '../datasets/communitySchema';
import {
  GIVEN_NAME_DECADES,
  type GivenNameTable,
  type GivenNameRaceTable,
} from '../datasets/parse';
import type { NameDictionary } from '../names/NameDictionary';

const DECADES = GIVEN_NAME_DECADES.length;
const GROUPS = RACE_GROUPS.length;

/** Index of the SSA decade used for a birth year (births after 2010 use 2010's names). */
export function decadeIndex(year: number): number {
  const i = Math.floor((year - GIVEN_NAME_DECADES[0]) / 10);
  return i < 0 ? 0 : i >= DECADES ? DECADES - 1 : i;
}

/** decadeIndex of every year 1800–2099, so the generator's hot path does not divide. */
const FIRST_YEAR = 1800;
const DECADE_OF_YEAR = Uint8Array.from({ length: 300 }, (_, k) => decadeIndex(FIRST_YEAR + k));
const decadeOf = (year: number): number =>
  year >= FIRST_YEAR && year < FIRST_YEAR + 300
    ? DECADE_OF_YEAR[year - FIRST_YEAR]!
    : decadeIndex(year);

export class GivenNameModel {
  /** Indexed by `tableKey(sex, year, group)`. */
  readonly tables: AliasTable[] = [];

  constructor(table: GivenNameTable, race: GivenNameRaceTable, dictionary: NameDictionary) {
    const n = table.names.length;
    const nameIds = new Uint32Array(n);
    const shares: Float64Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      nameIds[i] = dictionary.intern(table.names[i]!);
      shares[i] = race.byName.get(table.names[i]!) ?? race.other;
    }
    for (let sex = 0; sex < 2; sex++) {
      for (let d = 0; d < DECADES; d++) {
        const births = table.byDecade[d]!;
        const rows: number[] = [];
        for (let i = 0; i < n; i++) if (table.sex[i] === sex && births[i]! > 0) rows.push(i);
        const ids = rows.map((i) => nameIds[i]!);
        for (let g = 0; g < GROUPS; g++) {
          this.tables.push(
            new AliasTable(
              rows.map((i) => births[i]! * shares[i]![g]!),
              ids,
            ),
          );
        }
      }
    }
  }

  /** The index in `tables` of the table for `sex` (0/1), birth `year` and group `group`. */
  tableKey(sex: number, year: number, group: number): number {
    return this.tableRow(sex, year) + group;
  }

  /** The index of the first of the tables for `sex` and birth `year`: add the group. */
  tableRow(sex: number, year: number): number {
    return (sex * DECADES + decadeOf(year)) * GROUPS;
  }

  /** A given-name id for a person of `sex` (0/1) born in `year`, of race/ethnicity group `group`. */
  sample(rng: Rng, sex: number, year: number, group: number): number {
    return this.tables[this.tableKey(sex, year, group)]!.sample(rng);
  }
}
