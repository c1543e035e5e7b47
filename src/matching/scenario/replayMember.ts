/**
 * The scenario's `replay` member: the two-stage IRS→ICE pipeline's parameters, whose schema the
 * pipeline owns (src/matching/pipeline/replayConfig.ts). Kept behind this one import so the
 * scenario schema does not depend on how the pipeline lays out its files.
 */
export { ReplayConfigSchema, PUBLISHED } from '../pipeline/replayConfig';
export type { ReplayConfig } from '../pipeline/replayConfig';
