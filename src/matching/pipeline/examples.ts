/**
 * Wrong matches explained, from the first replicate: the IRS's (a record of someone other than
 * the person ICE asked about) and ICE's (an updated address linked to the wrong list record
 * that sends ICE to somebody else's home). Each comes with both records, the field-by-field
 * explanation (evaluation/explainPair), the cause (evaluation/falseMatchCauses) and the people
 * behind the door. Examples are taken in list order (a random order), one per cause first.
 */
import { RecordComparer, RecordComparisonSpecSchema } from '../comparison/recordComparison';
import { explainPair } from '../evaluation/explainPair';
import { falseMatchCause, type TruthOracle } from '../evaluation/falseMatchCauses';
import { civilDate, yearOf } from '../population/calendar';
import { expectedNamesakes } from '../namesakes/checkName';
import { communityOf } from '../population/attributes';
import type { PopulationModel } from '../population/model';
import { BUILDING_KINDS } from '../population/PopulationShard';
import { AddressQuality } from '../linking/LinkRecords';
import { tinHolder } from '../views/tin';
import { doorOf } from './doors';
import type { MergedShards } from './mergeShards';
import { romanisationFamilies } from './families';
import { isLinked, type Outcome, type ReplicateOutcomes } from './outcomes';
import { recordView, resident } from './recordViews';
import type { WrongMatchExample } from './ReplayResult';

export function wrongMatchExamples(
  model: PopulationModel,
  merged: MergedShards,
  r: ReplicateOutcomes,
  howMany: number,
): WrongMatchExample[] {
  if (howMany === 0) return [];
  const { candidates, disclosures } = merged;
  const nameOf = (id: number) => model.dictionary.name(id);
  const comparer = new RecordComparer(
    RecordComparisonSpecSchema.parse({}),
    nameOf,
    romanisationFamilies(model.datasets),
  );
  const wanted: { stage: 'irs' | 'ice'; o: Outcome; c: number }[] = [];
  for (const o of r.outcomes) {
    if (!o.declared) continue;
    if (!o.right) wanted.push({ stage: 'irs', o, c: o.candidate });
    else if (isLinked(o, r.iceJudge.threshold) && !o.linkedRight && o.door?.wrong)
      wanted.push({ stage: 'ice', o, c: o.linked });
  }
  const made = wanted.map((w) => ({ ...w, cause: causeOf(w.o, w.c) }));
  // One per (stage, cause) first, then the rest in list order.
  const seen = new Set<string>();
  const first: typeof made = [];
  const rest: typeof made = [];
  for (const m of made) {
    const key = `${m.stage}|${m.cause}`;
    (seen.has(key) ? rest : first).push(m);
    seen.add(key);
  }
  // Explanations and namesakes only for the examples shown (of some ten thousand wrong
  // matches): a field-by-field comparison, and a sum over the model's name tables.
  return [...first, ...rest].slice(0, howMany).map(({ stage, o, c, cause }) => ({
    ...explain(stage, o, c, cause),
    othersSharingNameAndBirthYear: Math.round(namesakesOf(c)),
  }));

  /**
   * Others expected to share candidate c's true given name, surname and birth year in the
   * population (check-name's count, from the model's tables), not a count in one shard.
   */
  function namesakesOf(c: number): number {
    const { truth } = merged;
    return expectedNamesakes(
      model.datasets,
      model.config,
      nameOf(truth.given[c]!),
      nameOf(truth.surname[c]!),
      yearOf(truth.dob[c]!),
    );
  }

  /** Why the IRS record matched for candidate c is not c's person (falseMatchCause). */
  function causeOf(o: Outcome, c: number): WrongMatchExample['cause'] {
    const d = o.disclosure;
    const listPerson = candidates.records.person[c]!;
    const irsPerson = disclosures.records.person[d]!;
    const facts = new Map([
      [
        listPerson,
        {
          household: candidates.household[c]!,
          building: candidates.homeBuilding[c]!,
          attrs: candidates.attrs[c]!,
        },
      ],
      [
        irsPerson,
        {
          household: disclosures.household[d]!,
          building: disclosures.homeBuilding[d]!,
          attrs: disclosures.attrs[d]!,
        },
      ],
    ]);
    const oracle: TruthOracle = {
      household: (p) => facts.get(p)?.household ?? -1 - p,
      homeBuilding: (p) => facts.get(p)?.building ?? -1 - p,
      tinHolder,
      community: (p) => communityOf(facts.get(p)?.attrs ?? 0),
    };
    const listDob = candidates.records.dob[c]!;
    const irsDob = disclosures.records.dob[d]!;
    return falseMatchCause(oracle, {
      leftPerson: listPerson,
      rightPerson: irsPerson,
      leftTin: candidates.records.tin[c]!,
      rightTin: disclosures.records.tin[d]!,
      placeholderDob: isJanuaryFirst(listDob) || isJanuaryFirst(irsDob),
    });
  }

  function explain(
    stage: 'irs' | 'ice',
    o: Outcome,
    c: number,
    cause: WrongMatchExample['cause'],
  ): Omit<WrongMatchExample, 'othersSharingNameAndBirthYear'> {
    const d = o.disclosure;
    const door = stage === 'ice' && o.door ? o.door : doorOf(candidates, c, disclosures, d);
    const residents: ReturnType<typeof resident>[] = [];
    for (let k = disclosures.residentStart[d]!; k < disclosures.residentStart[d + 1]!; k++)
      residents.push(resident(model, disclosures.residentAttrs[k]!, disclosures.residentDob[k]!));
    const unusable = disclosures.link.addressQuality[d] === AddressQuality.zipOnly;
    return {
      stage,
      cause,
      list: recordView(model, 'ice', candidates, c, candidates.attrs[c]!),
      matched: recordView(model, 'irs', disclosures, d, disclosures.attrs[d]!),
      explanation: explainPair(comparer, nameOf, candidates.link, c, disclosures.link, d),
      door: {
        kind: door.kind,
        addressKind: unusable ? 'unusable' : (BUILDING_KINDS[disclosures.kind[d]!] ?? 'none'),
        residents,
      },
    };
  }
}

function isJanuaryFirst(dob: number): boolean {
  if (dob === 0) return false;
  const { month, day } = civilDate(dob);
  return month === 1 && day === 1;
}
