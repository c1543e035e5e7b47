/**
 * The ReplayResult from the replicates' counts: every number an Estimate over replicates, the
 * funnel with its published figures, the headline and its sentence, breakdowns, calibration
 * targets; threshold panels and examples come from the first replicate.
 */
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import type { Datasets } from '../datasets/parse';
import { LEGAL_STATUSES, type LegalStatus } from '../population/config';
import { headlineSentence } from '../report/headline';
import { estimateOf } from './monteCarlo';
import { PUBLISHED } from './replayConfig';
import {
  DOOR_KINDS,
  FUNNEL_STEPS,
  type BreakdownRow,
  type DoorKind,
  type FunnelStep,
  type FunnelStepId,
  type ReplayResult,
  type RunStatus,
  type ThresholdPanel,
  type WrongMatchExample,
} from './ReplayResult';
import { scaleStatement } from './scale';
import { HOME_KINDS, type BreakdownCounts, type ReplicateCounts } from './tally';

export const FUNNEL_LABELS: Record<FunnelStepId, string> = {
  requested: 'ICE sent the IRS a request for each person on its list',
  screened: 'IRS kept those whose final order was over 90 days old',
  tinPath: 'IRS matched by taxpayer number + name control ("TIN matching")',
  namePath: 'IRS matched by name + address',
  disclosed: 'IRS matched and disclosed an address',
  updated: 'ICE linked it back by name and found an "updated address"',
  wrongDoor: 'The updated address is a wrong door: somebody else lives there',
};

const PUBLISHED_BY_STEP: Record<FunnelStepId, number | null> = {
  requested: PUBLISHED.requested,
  screened: null,
  tinPath: PUBLISHED.tinPath,
  namePath: PUBLISHED.namePath,
  disclosed: PUBLISHED.disclosed,
  updated: PUBLISHED.updated,
  wrongDoor: null,
};

const HOME_LABELS = { house: 'Single home', apartment: 'Apartment building' } as const;

export interface FirstReplicateExtras {
  thresholds: ThresholdPanel[];
  examples: WrongMatchExample[];
}

export function assembleResult(
  datasets: Datasets,
  counts: readonly ReplicateCounts[],
  extras: FirstReplicateExtras,
  run: RunStatus,
): ReplayResult {
  const est = (read: (c: ReplicateCounts) => number) => estimateOf(counts, read);
  const first = counts[0]!;
  // The published figures describe the 1.28 M-record request of 2025: set beside a funnel only
  // when it replays that whole list, never beside a region's or a neighbourhood's own counts.
  const nationalList = first.listFull === PUBLISHED.requested;
  const funnel: FunnelStep[] = FUNNEL_STEPS.map((step) => ({
    step,
    label: FUNNEL_LABELS[step],
    count: est((c) => c.funnel[step].count),
    right: est((c) => c.funnel[step].right),
    wrong: est((c) => c.funnel[step].wrong),
    published: nationalList ? PUBLISHED_BY_STEP[step] : null,
  }));
  const byStatus = Object.fromEntries(
    LEGAL_STATUSES.map((s) => [s, est((c) => c.peopleBehindWrongDoorsByStatus[s])]),
  ) as Record<LegalStatus, ReturnType<typeof est>>;
  const headlineNumbers = {
    updatedAddresses: est((c) => c.funnel.updated.count),
    wrongDoors: est((c) => c.funnel.wrongDoor.count),
    peopleBehindWrongDoors: est((c) => c.peopleBehindWrongDoors),
    citizensBehindWrongDoors: byStatus.citizen,
    disclosed: est((c) => c.funnel.disclosed.count),
    population: first.people,
    scaled: first.listSampled < first.listFull,
  };
  const row = (
    key: string,
    label: string,
    read: (c: ReplicateCounts) => BreakdownCounts,
  ): BreakdownRow => ({
    key,
    label,
    listed: est((c) => read(c).listed),
    disclosed: est((c) => read(c).disclosed),
    wrongDisclosed: est((c) => read(c).wrongDisclosed),
    updated: est((c) => read(c).updated),
    wrongDoors: est((c) => read(c).wrongDoors),
    peopleBehindWrongDoors: est((c) => read(c).peopleBehindWrongDoors),
  });
  const labels = new Map(datasets.communities.communities.map((p) => [p.id, p.label]));
  const disclosed = (c: ReplicateCounts) => c.funnel.disclosed.count;
  const share = (part: (c: ReplicateCounts) => number) => (c: ReplicateCounts) =>
    disclosed(c) > 0 ? part(c) / disclosed(c) : 0;
  return {
    run,
    scale: {
      listSampled: first.listSampled,
      listFull: first.listFull,
      factor: first.factor,
      statement: scaleStatement({
        listSampled: counts.map((c) => c.listSampled),
        listFull: counts.map((c) => c.listFull),
        population: first.people,
        taxFilers: counts.map((c) => c.taxFilers),
        shardsDone: run.shardsDone,
        shardsTotal: run.shardsTotal,
      }),
    },
    population: { size: first.people, taxFilers: first.taxFilers },
    replicates: counts.length,
    headline: {
      sentence: headlineSentence(headlineNumbers),
      updatedAddresses: headlineNumbers.updatedAddresses,
      wrongDoors: headlineNumbers.wrongDoors,
      peopleBehindWrongDoors: headlineNumbers.peopleBehindWrongDoors,
      peopleBehindWrongDoorsByStatus: byStatus,
      doors: Object.fromEntries(DOOR_KINDS.map((k) => [k, est((c) => c.doors[k])])) as Record<
        DoorKind,
        ReturnType<typeof est>
      >,
    },
    funnel,
    byCommunity: COMMUNITY_IDS.map((id) => row(id, labels.get(id) ?? id, (c) => c.byCommunity[id])),
    byHomeKind: HOME_KINDS.map((k) => row(k, HOME_LABELS[k], (c) => c.byHomeKind[k])),
    thresholds: extras.thresholds,
    examples: extras.examples,
    calibration: [
      {
        target: 'requested',
        published: PUBLISHED.requested,
        simulated: est((c) => c.funnel.requested.count),
      },
      { target: 'disclosed', published: PUBLISHED.disclosed, simulated: est(disclosed) },
      {
        target: 'disclosedShare',
        published: PUBLISHED.disclosedShare,
        simulated: est((c) =>
          c.funnel.requested.count > 0 ? disclosed(c) / c.funnel.requested.count : 0,
        ),
      },
      {
        target: 'tinPath',
        published: PUBLISHED.tinPath,
        simulated: est((c) => c.funnel.tinPath.count),
      },
      {
        target: 'garbageAddressShare',
        published: PUBLISHED.garbageAddressShare,
        simulated: est(share((c) => c.garbageDisclosed)),
      },
      {
        target: 'updated',
        published: PUBLISHED.updated,
        simulated: est((c) => c.funnel.updated.count),
      },
      {
        target: 'updatedShare',
        published: PUBLISHED.updatedShare,
        simulated: est(share((c) => c.funnel.updated.count)),
      },
    ],
  };
}
