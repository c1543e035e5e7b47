/** The Name check's question and answer: the engine's checkName, asked from a worker. */
import type { NameCheck, NameCheckOptions } from '../../../src/matching/namesakes/checkName';

/** Everything but the population parameters, which the worker fills with the defaults. */
export type NameCheckQuery = Omit<NameCheckOptions, 'population'>;
export type NameCheckAnswer = NameCheck;
