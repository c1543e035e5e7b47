/**
 * Name check: a name, a birth year and a community → how many people share it, and the chance
 * that each matching rule pairs this person's record with someone else's.
 */
import * as Plot from '@observablehq/plot';
import { useId, useState, type FormEvent } from 'react';
import { COMMUNITY_IDS, type CommunityId } from '../../../src/matching/datasets/communitySchema';
import { Chart } from '../charts/Chart';
import { chartStyle } from '../charts/chartStyle';
import { TRUTH_COLORS } from '../charts/palette';
import type { EngineClient } from '../engine/EngineClient';
import { formatCount, formatShare } from '../format';
import { humanize } from '../scenario/schemaFields';
import type { NameCheckAnswer } from './nameCheckTypes';

function drawExposure(answer: NameCheckAnswer) {
  return Plot.plot({
    ...chartStyle,
    marginLeft: 260,
    height: 40 + answer.rules.length * 34,
    x: { label: 'chance of a wrong match', domain: [0, 1], tickFormat: '.0%', grid: true },
    y: { label: null, domain: answer.rules.map((r) => r.label) },
    marks: [
      Plot.barX(answer.rules, { y: 'label', x: 'chanceOfWrongMatch', fill: TRUTH_COLORS.wrong }),
      Plot.ruleX([0]),
    ],
  });
}

const SIGNIFICANT = (n: number) => (n < 1 ? n.toFixed(2) : n < 10 ? n.toFixed(1) : formatCount(n));

export function NameCheckScreen({ engine }: { engine: EngineClient }) {
  const id = useId();
  const [given, setGiven] = useState('Min-jun');
  const [surname, setSurname] = useState('Kim');
  const [born, setBorn] = useState('1990');
  const [community, setCommunity] = useState<CommunityId>('korean');
  const [answer, setAnswer] = useState<NameCheckAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const year = Number(born);
    if (!given.trim() || !surname.trim()) return setError('Enter a given name and a surname.');
    if (!Number.isInteger(year) || year < 1900 || year > 2025)
      return setError('Enter a birth year between 1900 and 2025.');
    setError(null);
    setBusy(true);
    try {
      setAnswer(
        await engine.checkName({
          given: given.trim(),
          surname: surname.trim(),
          born: year,
          community,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="namecheck-title" className="namecheck">
      <h1 id="namecheck-title">Name check</h1>
      <p>
        How many people share a name and birth year, and how likely each matching rule is to pair
        this person’s record with someone else’s.
      </p>
      <form onSubmit={(e) => void submit(e)} className="namecheck-form">
        <label htmlFor={`${id}-given`}>Given name</label>
        <input id={`${id}-given`} value={given} onChange={(e) => setGiven(e.currentTarget.value)} />
        <label htmlFor={`${id}-surname`}>Surname</label>
        <input
          id={`${id}-surname`}
          value={surname}
          onChange={(e) => setSurname(e.currentTarget.value)}
        />
        <label htmlFor={`${id}-born`}>Birth year</label>
        <input
          id={`${id}-born`}
          inputMode="numeric"
          value={born}
          onChange={(e) => setBorn(e.currentTarget.value)}
        />
        <label htmlFor={`${id}-community`}>Community</label>
        <select
          id={`${id}-community`}
          value={community}
          onChange={(e) => setCommunity(e.currentTarget.value as CommunityId)}
        >
          {COMMUNITY_IDS.map((c) => (
            <option key={c} value={c}>
              {humanize(c)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Check this name'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {answer && (
        <div data-testid="namecheck-answer" aria-live="polite">
          {answer.warnings.map((n) => (
            <p key={n} className="error" role="alert" data-testid="namecheck-warning">
              {n}
            </p>
          ))}
          <p className="headline-sentence" data-testid="namecheck-sentence">
            In a population of {formatCount(answer.populationSize)}, about{' '}
            {SIGNIFICANT(answer.sharing.givenSurnameAndBirthYear)} people are named {answer.given}{' '}
            {answer.surname} and born in {answer.born} (
            {SIGNIFICANT(answer.sharing.givenAndSurname)} share the name; on average{' '}
            {SIGNIFICANT(answer.sharing.givenSurnameAndBirthDate)} also share the full date of
            birth).
          </p>
          <Chart
            id="name-check"
            title="Chance of a wrong match"
            description="Chance, under each matching rule, that at least one other person passes it with this person's record."
            draw={() => drawExposure(answer)}
            deps={[answer]}
          />
          <table className="data-table">
            <caption>Under each rule</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Expected others who pass</th>
                <th scope="col">Chance of a wrong match</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {answer.rules.map((r) => (
                <tr key={r.rule}>
                  <th scope="row">{r.label}</th>
                  <td>
                    {r.expectedOthers < 10
                      ? r.expectedOthers.toFixed(2)
                      : formatCount(r.expectedOthers)}
                  </td>
                  <td>{formatShare(r.chanceOfWrongMatch)}</td>
                  <td>{r.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="note">
            {answer.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
