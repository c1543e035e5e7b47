/**
 * One wrong match explained: the two records side by side, each field's comparison level
 * (and weight, with a model), how many others share the name and birth year, and who lives
 * behind the door it sends ICE to.
 */
import type { WrongMatchExample } from '../../../src/matching/pipeline/ReplayResult';
import { formatCount } from '../format';
import { humanize } from '../scenario/schemaFields';
import { DOOR_KIND_LABELS, LEGAL_STATUS_SINGULAR } from './labels';
import { RecordCard } from './RecordCard';
import { WaterfallView } from './WaterfallView';

export function ExampleView({ example, index }: { example: WrongMatchExample; index: number }) {
  const { explanation, door } = example;
  const weights = new Map(explanation.waterfall?.map((w) => [w.field, w.weight]) ?? []);
  return (
    <article className="example" aria-labelledby={`example-${index}-title`} data-testid="example">
      <h3 id={`example-${index}-title`}>
        Wrong match {index + 1} ({example.stage === 'irs' ? 'IRS match' : 'ICE cross-reference'}):{' '}
        {humanize(example.cause).toLowerCase()}
      </h3>
      <div className="record-pair">
        <RecordCard title="On the list" record={example.list} />
        <RecordCard title="Matched record" record={example.matched} />
      </div>
      <p className="namesakes" data-testid="namesakes">
        About {formatCount(example.othersSharingNameAndBirthYear)} other{' '}
        {example.othersSharingNameAndBirthYear === 1 ? 'person' : 'people'} in the population{' '}
        {example.othersSharingNameAndBirthYear === 1 ? 'is' : 'are'} expected to share this name and
        birth year (as the name check counts them).
      </p>
      <table className="data-table">
        <caption>Field by field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">On the list</th>
            <th scope="col">Matched</th>
            <th scope="col">Comparison level</th>
            {weights.size > 0 && <th scope="col">Weight</th>}
          </tr>
        </thead>
        <tbody>
          {explanation.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{f.field}</th>
              <td>{f.left || '–'}</td>
              <td>{f.right || '–'}</td>
              <td>
                {f.levelName}
                {f.scores && (
                  <span className="scores">
                    {' '}
                    (Jaro–Winkler {f.scores.jaroWinkler.toFixed(3)}, fuse.js{' '}
                    {f.scores.fuse.toFixed(3)})
                  </span>
                )}
              </td>
              {weights.size > 0 && <td>{weights.get(f.field)?.toFixed(2) ?? '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {explanation.waterfall && (
        <WaterfallView id={`example-${index + 1}-waterfall`} rows={explanation.waterfall} />
      )}
      <table className="data-table">
        <caption>
          Behind the door: {DOOR_KIND_LABELS[door.kind]} ({door.addressKind}),{' '}
          {door.residents.length} resident{door.residents.length === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Relation</th>
            <th scope="col">Age</th>
            <th scope="col">Legal status</th>
            <th scope="col">Community</th>
          </tr>
        </thead>
        <tbody>
          {door.residents.map((r, i) => (
            <tr key={i}>
              <td>{r.relation}</td>
              <td>{r.age}</td>
              <td>{LEGAL_STATUS_SINGULAR[r.legalStatus]}</td>
              <td>{r.community}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
