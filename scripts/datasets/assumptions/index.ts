/**
 * The numbers behind `datasets/communities.json` that do not come out of the raw data files.
 * Each constant says whether it is QUOTED (a published figure copied here, with its citation)
 * or an ASSUMPTION (a judgement, with a range for sensitivity analysis), and names its anchor
 * in `datasets/SOURCES.md`, where the reasoning and range are written out.
 * The builders in `scripts/datasets/` are the only readers.
 */
export * from './conventions.js';
export * from './quoted.js';
export * from './shared.js';
export * from './general.js';
export * from './korean.js';
export * from './vietnamese.js';
export * from './chinese.js';
export * from './mexican.js';
export * from './haitian.js';
export * from './eastAfrican.js';
