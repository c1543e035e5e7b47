/**
 * The deterministic merge of pass 1: shard outputs concatenated in shard order (whatever order
 * they finished in), the local name strings of ICE's records interned into the collecting
 * thread's dictionary in that order (AgencyFile.mergeNames), and the disclosure tables'
 * indices made global.
 */
import type { PopulationModel } from '../population/model';
import { AgencyFile } from '../views/AgencyFile';
import type { DisclosureTable } from './disclosures';
import type { IrsMatches } from './irsMatch';
import type { ListCandidates } from './requestList';
import type { CandidateTruth, ReplayShardOutput } from './replayShard';
import { concatLinkRecords } from '../linking/simulatedFiles';

export interface MergedShards {
  people: number;
  taxFilers: number;
  shardsDone: number;
  /** Every list candidate of every shard (names: ids of the collecting model's dictionary). */
  candidates: ListCandidates;
  matches: IrsMatches;
  /** Each candidate's true names (ids of the collecting model's dictionary) and birth date. */
  truth: CandidateTruth;
  disclosures: DisclosureTable;
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** Concatenates the same typed-array member of every part. */
function concat<T extends Typed>(parts: readonly T[], offsets?: readonly number[]): T {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const Ctor = (parts[0]?.constructor ?? Uint32Array) as new (n: number) => T;
  const out = new Ctor(length);
  let at = 0;
  parts.forEach((part, k) => {
    out.set(part, at);
    if (offsets) for (let i = at; i < at + part.length; i++) out[i] = out[i]! + offsets[k]!;
    at += part.length;
  });
  return out;
}

/** Concatenates objects of typed arrays member by member. */
function concatColumns<T extends object>(parts: readonly T[]): T {
  const first = parts[0]!;
  return Object.fromEntries(
    Object.keys(first).map((key) => [
      key,
      concat(parts.map((p) => (p as Record<string, Typed>)[key]!)),
    ]),
  ) as T;
}

export function mergeShards(
  model: PopulationModel,
  outputs: readonly (ReplayShardOutput | undefined)[],
): MergedShards {
  const done = outputs.filter((o): o is ReplayShardOutput => o !== undefined);
  if (done.length === 0) throw new Error('no shard finished');
  for (const o of done) {
    const file = new AgencyFile('ice', o.shard, o.list.records, o.list.localNames);
    file.mergeNames(model.dictionary);
    o.list.link.given.set(o.list.records.given);
    o.list.link.surname.set(o.list.records.surname);
    const d = o.disclosures;
    for (let r = 0; r < d.givenName.length; r++) {
      d.records.given[r] = model.dictionary.intern(d.givenName[r]!);
      d.records.surname[r] = model.dictionary.intern(d.surnameName[r]!);
    }
    d.link.given.set(d.records.given);
    d.link.surname.set(d.records.surname);
  }
  const lists = done.map((o) => o.list);
  const candidates: ListCandidates = {
    records: concatColumns(lists.map((l) => l.records)),
    link: concatLinkRecords(lists.map((l) => l.link)),
    street: concat(lists.map((l) => l.street)),
    number: concat(lists.map((l) => l.number)),
    kind: concat(lists.map((l) => l.kind)),
    localNames: [],
    attrs: concat(lists.map((l) => l.attrs)),
    household: concat(lists.map((l) => l.household)),
    home: concat(lists.map((l) => l.home)),
    previous: concat(lists.map((l) => l.previous)),
    homeBuilding: concat(lists.map((l) => l.homeBuilding)),
    homeKind: concat(lists.map((l) => l.homeKind)),
    rank: concat(lists.map((l) => l.rank)),
    recentOrder: concat(lists.map((l) => l.recentOrder)),
  };
  // Disclosure indices and resident offsets become global.
  const disclosureOffsets: number[] = [];
  const residentOffsets: number[] = [];
  let disclosures = 0;
  let residents = 0;
  for (const o of done) {
    disclosureOffsets.push(disclosures);
    residentOffsets.push(residents);
    disclosures += o.disclosures.givenName.length;
    residents += o.disclosures.residentAttrs.length;
  }
  const matchIrs = concat(
    done.map((o) => o.matches.irs),
    disclosureOffsets,
  );
  // −1 (no match) must stay −1 after the offset.
  let at = 0;
  for (const o of done) {
    for (let i = 0; i < o.matches.irs.length; i++) if (o.matches.irs[i]! < 0) matchIrs[at + i] = -1;
    at += o.matches.irs.length;
  }
  const tables = done.map((o) => o.disclosures);
  const residentStart = new Uint32Array(disclosures + 1);
  let row = 0;
  tables.forEach((t, k) => {
    for (let d = 0; d < t.givenName.length; d++)
      residentStart[row++] = t.residentStart[d]! + residentOffsets[k]!;
  });
  residentStart[disclosures] = residents;
  const merged: DisclosureTable = {
    records: concatColumns(tables.map((t) => t.records)),
    link: concatLinkRecords(tables.map((t) => t.link)),
    street: concat(tables.map((t) => t.street)),
    number: concat(tables.map((t) => t.number)),
    kind: concat(tables.map((t) => t.kind)),
    givenName: tables.flatMap((t) => t.givenName),
    surnameName: tables.flatMap((t) => t.surnameName),
    attrs: concat(tables.map((t) => t.attrs)),
    household: concat(tables.map((t) => t.household)),
    homeBuilding: concat(tables.map((t) => t.homeBuilding)),
    residentStart,
    residentAttrs: concat(tables.map((t) => t.residentAttrs)),
    residentDob: concat(tables.map((t) => t.residentDob)),
    residentHousehold: concat(tables.map((t) => t.residentHousehold)),
  };
  return {
    people: done.reduce((s, o) => s + o.people, 0),
    taxFilers: done.reduce((s, o) => s + o.taxFilers, 0),
    shardsDone: done.length,
    candidates,
    matches: {
      path: concat(done.map((o) => o.matches.path)),
      irs: matchIrs,
      score: concat(done.map((o) => o.matches.score)),
    },
    truth: concatColumns(done.map((o) => o.truth)),
    disclosures: merged,
  };
}
