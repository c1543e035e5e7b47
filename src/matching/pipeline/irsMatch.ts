/**
 * Stage 3b, the IRS's decision, by two mutually exclusive paths as the public record describes
 * them:
 *  (a) the list record carries an SSN or ITIN: the IRS record with that number is matched when
 *      its name control (first four letters of the surname) is the same, and the only address
 *      test is the "ZIP proxy" — the address field holds a 5- or 9-digit number, so "Unknown
 *      Address" with a ZIP passes;
 *  (b) it carries none: a taxpayer at the same address whose name is the same or similar
 *      (`namePath`), the most similar one when several are. "The same address" is decided
 *      before, once: the name path's candidates are those at an address close enough
 *      (nearCandidates, which also says which records need names).
 * Scores of the name path are kept for every candidate up to PANEL_MAX, so the result can
 * re-count the name path at any threshold without matching again.
 */
import { nameControl } from '../comparison/names/nameControl';
import { addressLevel } from '../comparison/addresses';
import { AddressQuality, type LinkRecords } from '../linking/LinkRecords';
import type { IrsCandidates } from './irsCandidates';
import { pathOf } from './irsCandidates';
import type { NameJudge } from './nameRule';
import type { PassOneSettings } from './passOne';
import type { ListCandidates } from './requestList';

export const MatchPath = { none: 0, tin: 1, name: 2 } as const;

/** Name-path candidates up to this fuse.js score are kept for the threshold panel. */
export const PANEL_MAX = 0.6;

export interface IrsMatches {
  /** MatchPath of the record's match (or of its best name-path candidate within PANEL_MAX). */
  path: Uint8Array;
  /** Position in the IRS subset of the matched record, or −1. */
  irs: Int32Array;
  /** The name path's score of that record (0 for the TIN path); NaN without one. */
  score: Float64Array;
}

/**
 * `list` and `irs` hold names of one name space (`nameOf`); `candidates` come from
 * nearCandidates; `judge` decides the name path.
 */
export function irsMatch(
  candidatesOf: ListCandidates,
  irs: LinkRecords,
  candidates: IrsCandidates,
  nameOf: (id: number) => string,
  judge: NameJudge,
  config: PassOneSettings,
): IrsMatches {
  const list = candidatesOf.link;
  const n = list.size;
  const out: IrsMatches = {
    path: new Uint8Array(n),
    irs: new Int32Array(n).fill(-1),
    score: new Float64Array(n).fill(NaN),
  };
  const controls = new Map<number, string>();
  const control = (id: number) => {
    let c = controls.get(id);
    if (c === undefined) {
      c = id === 0 ? '' : nameControl(nameOf(id));
      controls.set(id, c);
    }
    return c;
  };
  const { tinPath, namePath } = config;
  const keepUpTo = judge.scored ? Math.max(PANEL_MAX, judge.threshold) : judge.threshold;
  for (let i = 0; i < n; i++) {
    const found = candidates.of[i];
    if (!found) continue;
    const path = pathOf(candidatesOf, i, tinPath.enabled, namePath.enabled);
    if (path === 'tin') {
      for (const s of found) {
        const nameOk =
          !tinPath.nameControl ||
          (control(list.surname[i]!) !== '' &&
            control(list.surname[i]!) === control(irs.surname[s]!));
        const addressOk = tinPath.zipProxy
          ? list.addressQuality[i] !== AddressQuality.missing
          : addressLevel(list, i, irs, s) <= 1;
        if (nameOk && addressOk) {
          out.path[i] = MatchPath.tin;
          out.irs[i] = s;
          out.score[i] = 0;
          break;
        }
      }
    } else if (path === 'name') {
      const best = judge.best(list, i, irs, found, keepUpTo);
      if (best) {
        out.path[i] = MatchPath.name;
        out.irs[i] = best.at;
        out.score[i] = best.score;
      }
    }
  }
  return out;
}

/** True when match i was declared at the scenario's settings (not only kept for the panel). */
export function declared(m: IrsMatches, i: number, judge: { threshold: number }): boolean {
  if (m.path[i] === MatchPath.tin) return true;
  return m.path[i] === MatchPath.name && m.score[i]! <= judge.threshold;
}
