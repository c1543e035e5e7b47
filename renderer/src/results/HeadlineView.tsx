/** The run's answer in one plain sentence, with the numbers behind it and their intervals. */
import { DOOR_KINDS, type ReplayResult } from '../../../src/matching/pipeline/ReplayResult';
import { LEGAL_STATUSES } from '../../../src/matching/population/config';
import { formatEstimate } from '../format';
import { DOOR_KIND_LABELS, LEGAL_STATUS_LABELS } from './labels';

export function HeadlineView({ result }: { result: ReplayResult }) {
  const { headline } = result;
  return (
    <section aria-labelledby="headline-title" className="headline">
      <h2 id="headline-title" className="visually-hidden">
        Headline
      </h2>
      <p className="headline-sentence" data-testid="headline">
        {headline.sentence}
      </p>
      <dl className="headline-figures">
        <dt>Updated addresses</dt>
        <dd data-testid="headline-updated">{formatEstimate(headline.updatedAddresses)}</dd>
        <dt>Wrong doors (somebody else lives there)</dt>
        <dd data-testid="headline-wrong-doors">{formatEstimate(headline.wrongDoors)}</dd>
        <dt>People living behind wrong doors</dt>
        <dd>{formatEstimate(headline.peopleBehindWrongDoors)}</dd>
      </dl>
      <div className="headline-split">
        <table>
          <caption>People behind wrong doors, by legal status</caption>
          <tbody>
            {LEGAL_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{LEGAL_STATUS_LABELS[status]}</th>
                <td>{formatEstimate(headline.peopleBehindWrongDoorsByStatus[status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-describedby="doors-note">
          <caption>Updated addresses, by whose door they are</caption>
          <tbody>
            {DOOR_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{DOOR_KIND_LABELS[kind]}</th>
                <td>{formatEstimate(headline.doors[kind])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note" id="doors-note">
        Wrong doors are the updated addresses that are not the listed person’s current home and
        where somebody lives: every home the listed person never lived in, and each home the listed
        person left that another household now holds.
      </p>
      <p className="note">
        {result.scale.statement} {result.replicates} replicate{result.replicates === 1 ? '' : 's'}
        {result.replicates > 1 ? '; intervals are the 5th to 95th percentile over replicates' : ''}.
      </p>
    </section>
  );
}
