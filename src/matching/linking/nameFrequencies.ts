/**
 * Population frequencies of names, for term-frequency adjusted weights (decision/
 * termFrequency.ts explains why they must be the population's, not a file's own). They come
 * from the national tables an agency could use: a surname's share of the 2010 Census
 * population (rare surnames: the tail model's mean bearers), a given name's share of SSA
 * births 1930–2010 (both sexes). A name neither table knows gets NaN: no adjustment.
 */
import { TAIL_BASE } from '../names/NameDictionary';
import type { PopulationModel } from '../population/model';

export interface NameFrequencies {
  given(id: number): number;
  surname(id: number): number;
}

export function populationNameFrequencies(model: PopulationModel): NameFrequencies {
  const { surnames, surnameResidual, givenNames } = model.datasets;
  const surnameShare = new Map<number, number>();
  surnames.names.forEach((name, i) => {
    const id = model.dictionary.find(name);
    if (id >= 0) surnameShare.set(id, surnames.count[i]! / surnameResidual.totalPopulation);
  });
  const tailShare =
    surnameResidual.residualCount / model.surnames.tail.names / surnameResidual.totalPopulation;
  const births = new Map<number, number>();
  let totalBirths = 0;
  givenNames.names.forEach((name, i) => {
    let count = 0;
    for (const decade of givenNames.byDecade) count += decade[i]!;
    totalBirths += count;
    const id = model.dictionary.find(name);
    if (id >= 0) births.set(id, (births.get(id) ?? 0) + count);
  });
  return {
    surname: (id) => (id >= TAIL_BASE ? tailShare : (surnameShare.get(id) ?? NaN)),
    given: (id) => {
      const count = births.get(id);
      return count === undefined ? NaN : count / totalBirths;
    },
  };
}
