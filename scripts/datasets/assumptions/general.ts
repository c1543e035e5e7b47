import { NO_CONVENTIONS } from './conventions.js';
import type { ConventionAssumptions } from './conventions.js';

// general

/** ASSUMPTION — SOURCES.md#a-general-middle-name. Range 0.6–0.9. */
export const GENERAL_CONVENTIONS: ConventionAssumptions = { ...NO_CONVENTIONS, middleName: 0.75 };
