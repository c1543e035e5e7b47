/**
 * One row per IRS disclosure of the first replicate (the sampled list, unscaled): both records
 * as the agencies hold them, the path and score, whether it is the person ICE asked about, the
 * list record ICE linked it back to, and whose door the address is. report/pairsCsv.ts writes
 * them as pairs.csv(.gz).
 */
import type { PopulationModel } from '../population/model';
import type { MergedShards } from './mergeShards';
import { isLinked, type ReplicateOutcomes } from './outcomes';
import { addressText } from './recordViews';
import { formatDate } from '../population/calendar';

export interface PairRow {
  listPerson: number;
  listName: string;
  listDob: string;
  listAddress: string;
  path: 'tin' | 'name';
  irsScore: number;
  irsPerson: number;
  irsName: string;
  irsDob: string;
  irsAddress: string;
  samePerson: boolean;
  /** Person id of the list record ICE linked the disclosure to (−1: none). */
  linkedPerson: number;
  linkScore: number | null;
  linkedSamePerson: boolean;
  updatedAddress: boolean;
  door: string;
  peopleBehindDoor: number;
}

export function pairRows(
  model: PopulationModel,
  merged: MergedShards,
  r: ReplicateOutcomes,
): PairRow[] {
  const { candidates: c, disclosures: d } = merged;
  const name = (id: number) => (id === 0 ? '' : model.dictionary.name(id));
  const rows: PairRow[] = [];
  for (const o of r.outcomes) {
    if (!o.declared) continue;
    const linked = isLinked(o, r.iceJudge.threshold);
    const door = linked && o.updated ? o.door : null;
    rows.push({
      listPerson: c.records.person[o.candidate]!,
      listName:
        `${name(c.records.given[o.candidate]!)} ${name(c.records.surname[o.candidate]!)}`.trim(),
      listDob: formatDate(c.records.dob[o.candidate]!),
      listAddress: addressText(model, c, o.candidate),
      path: o.path === 1 ? 'tin' : 'name',
      irsScore: o.irsScore,
      irsPerson: d.records.person[o.disclosure]!,
      irsName: `${d.givenName[o.disclosure]} ${d.surnameName[o.disclosure]}`.trim(),
      irsDob: formatDate(d.records.dob[o.disclosure]!),
      irsAddress: addressText(model, d, o.disclosure),
      samePerson: o.right,
      linkedPerson: linked ? c.records.person[o.linked]! : -1,
      linkScore: linked ? o.linkScore : null,
      linkedSamePerson: linked && o.linkedRight,
      updatedAddress: door !== null,
      door: door?.kind ?? '',
      peopleBehindDoor: door?.wrong ? door.residents.to - door.residents.from : 0,
    });
  }
  return rows;
}
