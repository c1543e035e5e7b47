/**
 * Datasets and compiled population models for tests, built once per test file (module cache).
 */
import { loadDatasets } from '../../src/node/loadDatasets';
import { PopulationModel } from '../../src/matching/population/model';
import {
  parsePopulationConfig,
  type PopulationConfigInput,
} from '../../src/matching/population/config';
import type { Datasets } from '../../src/matching/datasets/parse';

let datasets: Datasets | null = null;

/** The datasets, parsed once per test file (tests read them, never change them). */
export function testDatasets(): Datasets {
  return (datasets ??= loadDatasets());
}

const models = new Map<string, PopulationModel>();

/** A compiled model for the given configuration (cached by its JSON). */
export function testModel(config: PopulationConfigInput = {}): PopulationModel {
  const key = JSON.stringify(config);
  let model = models.get(key);
  if (!model) {
    model = new PopulationModel(testDatasets(), parsePopulationConfig(config));
    models.set(key, model);
  }
  return model;
}
