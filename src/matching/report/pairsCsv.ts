/**
 * pairs.csv: the disclosures of the first replicate, one per row (pipeline/pairRows.ts), with
 * both records and the truth. The command line gzips it; the app exports the same text.
 */
import type { PairRow } from '../pipeline/pairRows';
import { csvLine } from './funnelCsv';

const COLUMNS: readonly [string, (r: PairRow) => string | number | null][] = [
  ['list_person', (r) => r.listPerson],
  ['list_name', (r) => r.listName],
  ['list_dob', (r) => r.listDob],
  ['list_address', (r) => r.listAddress],
  ['irs_path', (r) => r.path],
  ['irs_score', (r) => Math.round(r.irsScore * 1e4) / 1e4],
  ['irs_person', (r) => r.irsPerson],
  ['irs_name', (r) => r.irsName],
  ['irs_dob', (r) => r.irsDob],
  ['irs_address', (r) => r.irsAddress],
  ['same_person', (r) => (r.samePerson ? 1 : 0)],
  ['linked_person', (r) => (r.linkedPerson < 0 ? null : r.linkedPerson)],
  ['link_score', (r) => (r.linkScore === null ? null : Math.round(r.linkScore * 1e4) / 1e4)],
  ['linked_same_person', (r) => (r.linkedSamePerson ? 1 : 0)],
  ['updated_address', (r) => (r.updatedAddress ? 1 : 0)],
  ['door', (r) => r.door],
  ['people_behind_door', (r) => r.peopleBehindDoor],
];

export function pairsCsvHeader(): string {
  return csvLine(COLUMNS.map(([name]) => name));
}

export function pairsCsvRow(row: PairRow): string {
  return csvLine(COLUMNS.map(([, read]) => read(row)));
}

export function pairsCsv(rows: readonly PairRow[]): string {
  return pairsCsvHeader() + rows.map(pairsCsvRow).join('');
}
