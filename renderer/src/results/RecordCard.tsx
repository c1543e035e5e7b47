/** One agency's record of a person, with the simulation's truth behind it. */
import type { RecordView } from '../../../src/matching/pipeline/ReplayResult';
import { LEGAL_STATUS_SINGULAR } from './labels';

export function RecordCard({ title, record }: { title: string; record: RecordView }) {
  return (
    <div className="record-card">
      <h4>{title}</h4>
      <dl>
        <dt>Agency</dt>
        <dd>{record.agency}</dd>
        <dt>Name</dt>
        <dd>
          {record.given} {record.surname}
        </dd>
        <dt>Date of birth</dt>
        <dd>{record.dob || '–'}</dd>
        <dt>Address</dt>
        <dd>
          {record.address.includes(record.zip)
            ? record.address
            : `${record.address || '–'} ${record.zip}`}
        </dd>
        <dt>Taxpayer number</dt>
        <dd>{record.tin}</dd>
        <dt>Truth</dt>
        <dd>
          person #{record.personId}, {record.community}, {LEGAL_STATUS_SINGULAR[record.legalStatus]}
        </dd>
      </dl>
    </div>
  );
}
