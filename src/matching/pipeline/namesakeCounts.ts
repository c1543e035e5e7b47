/**
 * How many other people share a listed person's name and birth year, estimated from the
 * person's own shard: people are spread over shards at random (every shard draws households
 * from the same model), so the count in one shard times (population ÷ shard size) estimates the
 * count in the whole population without holding it. Shown next to wrong-match examples.
 */
import { BlockSet } from '../blocking/BlockSet';
import { yearOf } from '../population/calendar';
import type { PeopleColumns, PopulationShard } from '../population/PopulationShard';

/** One number for a (given name, surname) pair; pairs that share one only pass the filter. */
function nameCode(given: number, surname: number): number {
  return surname ^ Math.imul(given, 0x85ebca6b);
}

/** For each person (local index), the estimated others in the population sharing given name, surname and birth year. */
export function namesakeEstimates(
  shard: PopulationShard,
  people: ArrayLike<number>,
  populationSize: number,
): Float64Array {
  const P = shard.people;
  const wanted = new Map<number, Map<number, number>>();
  for (let k = 0; k < people.length; k++) {
    const i = people[k]!;
    const outer = yearKey(P.surname[i]!, yearOf(P.dob[i]!));
    let byGiven = wanted.get(outer);
    if (!byGiven) wanted.set(outer, (byGiven = new Map()));
    byGiven.set(P.given[i]!, 0);
  }
  // A bitmap of the wanted full names passes over most of the shard before any date is decoded
  // or map probed (a few thousand names mark a few per cent of its 2^18 bits).
  const filter = new BlockSet(2 ** 18);
  for (let k = 0; k < people.length; k++)
    filter.add(nameCode(P.given[people[k]!]!, P.surname[people[k]!]!));
  countWanted(P, shard.size, filter, wanted);
  const scale = populationSize / shard.size;
  return Float64Array.from({ length: people.length }, (_, k) => {
    const i = people[k]!;
    const count = wanted.get(yearKey(P.surname[i]!, yearOf(P.dob[i]!)))!.get(P.given[i]!)!;
    return Math.max(0, count * scale - 1);
  });
}

/** One number for a surname and a birth year. */
function yearKey(surname: number, year: number): number {
  return surname * 256 + (year - 1850);
}

/**
 * Counts into `wanted` (by surname and year, then given name) the first `size` people having a
 * wanted name. A function of its own so that V8 optimises the pass over the shard's million
 * people promptly (it runs once per shard).
 */
function countWanted(
  P: PeopleColumns,
  size: number,
  filter: BlockSet,
  wanted: Map<number, Map<number, number>>,
): void {
  const { given, surname, dob } = P;
  for (let i = 0; i < size; i++) {
    if (!filter.has(nameCode(given[i]!, surname[i]!))) continue;
    const byGiven = wanted.get(yearKey(surname[i]!, yearOf(dob[i]!)));
    if (!byGiven) continue;
    const count = byGiven.get(given[i]!);
    if (count !== undefined) byGiven.set(given[i]!, count + 1);
  }
}
