/** The explained pairs of a run as CSV: both records, the truth, and each field's level. */
import type { RecordView, ReplayResult } from '../../../src/matching/pipeline/ReplayResult';

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const side = (r: RecordView) => [
  r.agency,
  r.given,
  r.surname,
  r.dob,
  r.address,
  r.zip,
  r.tin,
  String(r.personId),
  r.community,
  r.legalStatus,
];
const SIDE = [
  'agency',
  'given',
  'surname',
  'dob',
  'address',
  'zip',
  'tin',
  'person_id',
  'community',
  'legal_status',
];

export function pairsCsv(result: ReplayResult): string {
  const fields = result.examples[0]?.explanation.fields.map((f) => f.field) ?? [];
  const header = [
    'stage',
    'cause',
    'same_person',
    ...SIDE.map((c) => `list_${c}`),
    ...SIDE.map((c) => `matched_${c}`),
    ...fields.map((f) => `level_${f}`),
    'match_weight',
    'door_kind',
    'residents',
  ];
  const rows = result.examples.map((e) => [
    e.stage,
    e.cause,
    String(e.list.personId === e.matched.personId),
    ...side(e.list),
    ...side(e.matched),
    ...fields.map((f) => e.explanation.fields.find((x) => x.field === f)?.levelName ?? ''),
    e.explanation.matchWeight === null ? '' : e.explanation.matchWeight.toFixed(3),
    e.door.kind,
    String(e.door.residents.length),
  ]);
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}
