/**
 * The replay's one shard task (pass 1): generate shard k of the population, write ICE's and
 * the IRS's records of it (the IRS's only where a match path looks, and their names only where
 * a path compares names), and run every shard-local stage — the request list's candidates, the
 * IRS's two match paths, and the truth behind each would-be disclosure (whose record, who lives
 * at its address). What leaves the shard is small (a few thousand records of the ~10^6 people),
 * so the full population is streamed and never held: memory is one shard per thread.
 */
import { generateShard, recycleShard } from '../population/generateShard';
import type { PopulationConfig } from '../population/config';
import { shardPeople } from '../population/population';
import type { PopulationShard } from '../population/PopulationShard';
import type { LinkRecords } from '../linking/LinkRecords';
import { AgencyDraft, makeAgencyFile } from '../views/makeAgencyFile';
import type { AgencyFile } from '../views/AgencyFile';
import { NameOverlay, OVERLAY_BASE } from '../views/NameOverlay';
import type { TaskEnv } from './executor';
import { disclosureTable, type DisclosureTable } from './disclosures';
import { romanisationFamilies } from './families';
import { comparedRecords, irsCandidates, irsWants, nearCandidates } from './irsCandidates';
import { irsMatch, type IrsMatches } from './irsMatch';
import { NameJudge } from './nameRule';
import { recordParts, refreshWritten } from './recordParts';
import type { PassOneSettings } from './passOne';
import { listCandidates, type ListCandidates } from './requestList';

/** Agency indices of the replay's views (each has its own noise stream). */
export const ICE_AGENCY = 0;
export const IRS_AGENCY = 1;

export interface ReplayShardInput {
  /** The replicate's population (its seed is the scenario's seed + replicate). */
  population: PopulationConfig;
  /** The replay's settings that pass 1 reads (passOne.ts), not the whole replay. */
  replay: PassOneSettings;
}

export interface ReplayShardOutput {
  shard: number;
  people: number;
  taxFilers: number;
  list: ListCandidates;
  /** The IRS's match of each list candidate; `irs` indexes `disclosures`. */
  matches: IrsMatches;
  disclosures: DisclosureTable;
  /** Each list candidate's true names and birth date (the examples count their namesakes). */
  truth: CandidateTruth;
}

export interface CandidateTruth {
  /** Name ids of the model's dictionary (never local), and the day number of birth. */
  given: Uint32Array;
  surname: Uint32Array;
  dob: Uint16Array;
}

/** The true names and birth dates of global persons `people` of the shard. */
function candidateTruth(shard: PopulationShard, people: Uint32Array): CandidateTruth {
  const P = shard.people;
  const first = shard.personId(0);
  const n = people.length;
  const truth = { given: new Uint32Array(n), surname: new Uint32Array(n), dob: new Uint16Array(n) };
  // Plain loops: a typed array's from() with a mapping function is slow in V8.
  for (let k = 0; k < n; k++) {
    const i = people[k]! - first;
    // Drawn already when their ICE records were written; asked again, for a reader of this alone.
    shard.resolvePerson(i);
    truth.given[k] = P.given[i]!;
    truth.surname[k] = P.surname[i]!;
    truth.dob[k] = P.dob[i]!;
  }
  return truth;
}

export function replayShard(env: TaskEnv, input: ReplayShardInput, k: number): ReplayShardOutput {
  const model = env.model(input.population);
  const { replay } = input;
  // Names and birth days are drawn for the people whose records are written (the list's
  // candidates, the IRS records either path looks at) and who live behind a disclosed address:
  // a few per cent of the shard (shardNames.ts).
  const shard = generateShard(model, k, shardPeople(model.config.size, k), { names: 'onRequest' });
  const ice = makeAgencyFile(model, shard, replay.list.agency, ICE_AGENCY);
  const list = listCandidates(model, shard, ice, replay);
  // The IRS file holds only the records either match path can look at (a few per cent of its
  // half million), and names only for those it does look at.
  const { enabled: tinEnabled } = replay.tinPath;
  const { enabled: nameEnabled } = replay.namePath;
  const irsDraft = new AgencyDraft(
    model,
    shard,
    replay.irs,
    IRS_AGENCY,
    irsWants(shard, list, tinEnabled, nameEnabled),
  );
  const found = irsCandidates(shard, list, irsDraft, tinEnabled, nameEnabled);
  // The records' address parts first: the name path compares names only at an address close
  // enough (namePath.addressAtMost), so only those records, and the TIN path's, get names.
  const irsParts = recordParts(model, shard, irsDraft.finish(), found.subset);
  const candidates = nearCandidates(list, irsParts, found, replay);
  const compared = comparedRecords(candidates);
  irsDraft.writeNames(Array.from(compared, (s) => found.subset[s]!));
  const irs = irsDraft.finish();
  refreshWritten(irsParts, irs.records, found.subset, compared);

  // One name space for both files while matching (their local name ids would collide).
  const names = new NameOverlay(model.dictionary);
  const nameOf = (id: number) => names.name(id);
  rekeyNames(list.link, ice, list.records, names, model.dictionary);
  rekeyNames(irsParts.link, irs, irsParts.records, names, model.dictionary);
  const judge = new NameJudge(
    replay.namePath.name,
    nameOf,
    romanisationFamilies(env.datasets),
    'replay.namePath.name',
  );
  const matches = irsMatch(list, irsParts.link, candidates, nameOf, judge, replay);

  // Keep only the matched IRS records, renumbered in list order.
  const positions: number[] = [];
  for (let i = 0; i < matches.irs.length; i++) {
    const s = matches.irs[i]!;
    if (s >= 0) matches.irs[i] = positions.push(s) - 1;
  }
  const disclosures = disclosureTable(model, shard, irs, irsParts, positions);
  const output = {
    shard: k,
    people: shard.size,
    taxFilers: irsDraft.covered,
    list,
    matches,
    disclosures,
    truth: candidateTruth(shard, list.records.person),
  };
  // Nothing above keeps a column of the shard: its columns can be the next shard's.
  recycleShard(model, shard);
  return output;
}

/** Writes the names of `records` (ids of `file`) into `link` as ids of the shared `names`. */
function rekeyNames(
  link: LinkRecords,
  file: AgencyFile,
  records: { given: Uint32Array; surname: Uint32Array },
  names: NameOverlay,
  dictionary: Parameters<AgencyFile['name']>[1],
): void {
  // An id the dictionary stores is already the shared one: its strings are distinct, so
  // interning its string would find that id. Only the file's local ids and tail ids (spelled
  // on demand) go by their string.
  const rekey = (id: number) => (id < OVERLAY_BASE ? id : names.intern(file.name(id, dictionary)));
  const given = link.given;
  const surname = link.surname;
  for (let i = 0; i < link.size; i++) {
    given[i] = rekey(records.given[i]!);
    surname[i] = rekey(records.surname[i]!);
  }
}
