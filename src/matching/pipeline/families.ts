/** The romanisation families of a datasets object, built once per thread and reused. */
import { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { Datasets } from '../datasets/parse';

const cache = new WeakMap<Datasets, RomanisationFamilies>();

export function romanisationFamilies(datasets: Datasets): RomanisationFamilies {
  let families = cache.get(datasets);
  if (!families) cache.set(datasets, (families = new RomanisationFamilies(datasets.communities)));
  return families;
}
