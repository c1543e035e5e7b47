/**
 * Pass 1 of the replay — the population streamed shard by shard into ICE's and the IRS's
 * records and the IRS match, then merged — reads the population settings and the replay's
 * settings except four, which only pass 2 reads: the ICE cross-reference, the list's size and
 * sample (the list is chosen from the merged candidates) and the examples. So a sweep or a
 * calibration whose points differ only in those can run pass 1 once per replicate and pass 2
 * per point: the numbers are the same as with a fresh pass 1, in a fraction of the time (pass 1
 * is about nine tenths of a replay).
 *
 * The shard tasks are given `passOneSettings(replay)`, not the whole replay, so pass 1 cannot
 * read a setting the cache key leaves out: the type does not have it.
 */
import type { PopulationConfig } from '../population/config';
import type { PopulationModel } from '../population/model';
import type { MergedShards } from './mergeShards';
import type { ReplayConfig } from './replayConfig';

/** The settings pass 1 reads (ReplayConfig without the four that only pass 2 reads). */
export type PassOneSettings = Omit<ReplayConfig, 'crossReference' | 'examples' | 'list'> & {
  list: Omit<ReplayConfig['list'], 'size' | 'sample'>;
};

export function passOneSettings(replay: ReplayConfig): PassOneSettings {
  const { crossReference: _crossReference, examples: _examples, list, ...rest } = replay;
  const { size: _size, sample: _sample, ...listRest } = list;
  return { ...rest, list: listRest };
}

/** JSON with every object's keys sorted, so equal settings give equal keys in any key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The key of a pass 1: its population (seed included) and its pass-1 settings. */
export function passOneKey(population: PopulationConfig, settings: PassOneSettings): string {
  return canonicalJson({ population, replay: settings });
}

/** A finished pass 1, with the model whose dictionary its name ids belong to. */
export interface PassOne {
  model: PopulationModel;
  merged: MergedShards;
}

/** Bytes held by the typed arrays reachable from `value` (arrays and plain objects walked). */
export function typedBytes(value: unknown, seen = new Set<object>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value.byteLength;
  let bytes = 0;
  for (const member of Object.values(value as Record<string, unknown>))
    bytes += typedBytes(member, seen);
  return bytes;
}

/**
 * The most recent finished passes 1, by key, up to `maxBytes` of their typed arrays (the models
 * are shared between passes and not counted). Only complete passes are stored: a run stopped
 * midway describes a smaller population.
 *
 * Room is made by dropping the least recently used passes, but never one that the caller says
 * it keeps (the other replicates of the run storing): a run of more replicates than fit would
 * otherwise push out, replicate by replicate, exactly the passes its own next rerun asks for
 * first, and no rerun would reuse any. Kept passes make it store as many as fit and reuse those.
 */
export class PassOneCache {
  private readonly entries = new Map<string, { pass: PassOne; bytes: number }>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** Whether a pass is stored under `key` (without counting as a use). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The pass stored under `key` (then the most recently used), or undefined. */
  get(key: string): PassOne | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.pass;
  }

  /**
   * Stores a pass, dropping the least recently used ones beyond `maxBytes` except those under
   * the keys in `keep`; when they leave too little room, the pass is not stored.
   */
  set(key: string, pass: PassOne, keep: ReadonlySet<string> = new Set()): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    const bytes = typedBytes(pass.merged);
    let kept = 0;
    for (const [k, entry] of this.entries) if (keep.has(k)) kept += entry.bytes;
    if (kept + bytes > this.maxBytes) return;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes + bytes <= this.maxBytes) break;
      if (keep.has(oldest)) continue;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
    this.entries.set(key, { pass, bytes });
    this.bytes += bytes;
  }
}
