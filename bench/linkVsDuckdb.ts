/**
 * Blocked comparison against DuckDB (what Splink runs on) and naive fuse.js, on the same
 * generated files in the same run: a list of 1.2 M records against a file of 1 M, blocked on
 * surname + birth year, each candidate pair compared with two Jaro–Winkler scores. Both sides
 * use both cores. Also the memory an agency file takes per record.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import Fuse from 'fuse.js';
import { FUSE_NAME_OPTIONS } from '../src/matching/comparison/names/fuseScore';
import { fromAgencyFile } from '../src/matching/linking/fromAgencyFile';
import { pickLinkRecords, type LinkRecords } from '../src/matching/linking/LinkRecords';
import { concatLinkRecords } from '../src/matching/linking/simulatedFiles';
import { parsePopulationConfig } from '../src/matching/population/config';
import { generateShard } from '../src/matching/population/generateShard';
import { PopulationModel } from '../src/matching/population/model';
import { shardCount, shardPeople } from '../src/matching/population/population';
import { yearOf } from '../src/matching/population/calendar';
import { parseAgencyConfig } from '../src/matching/views/agencyConfig';
import { makeAgencyFile } from '../src/matching/views/makeAgencyFile';
import { loadDatasets } from '../src/node/loadDatasets';
import { nameCodeColumns } from '../src/matching/comparison/names/NameCodes';
import {
  compareBlocked,
  makeExchange,
  type CompareColumns,
  type CompareJob,
  type CompareResult,
} from './compareBlocked';

export interface LinkBenchRound {
  namesakeSeconds: number;
  namesakeWithStartupSeconds: number;
  duckdbSeconds: number;
  ratio: number;
}

export interface LinkBenchResult {
  /** Every round; the figures below are the median round's. */
  rounds: LinkBenchRound[];
  listRecords: number;
  fileRecords: number;
  candidatePairs: number;
  duckdbCandidatePairs: number;
  namesake: { threads: number; seconds: number; pairsPerSecond: number };
  /** The same run timed from spawning the threads (start-up included). */
  namesakeWithStartup: { seconds: number; pairsPerSecond: number };
  namesakeOneThread: { seconds: number; pairsPerSecond: number };
  duckdb: { threads: number; seconds: number; pairsPerSecond: number };
  ratio: number;
  checksums: { namesake: number; duckdb: number };
  fuse: { searchSeconds: number; fullListDays: number };
  agencyFileBytesPerRecord: number;
}

function slice(r: LinkRecords, from: number, to: number): LinkRecords {
  return pickLinkRecords(
    r,
    Array.from({ length: to - from }, (_, k) => from + k),
  );
}

/** The compared columns in shared memory, so worker threads read them without a copy. */
function shared(r: LinkRecords): CompareColumns {
  const copy = <T extends Uint32Array | Uint16Array>(a: T, make: (b: SharedArrayBuffer) => T) => {
    const out = make(new SharedArrayBuffer(a.byteLength));
    out.set(a);
    return out;
  };
  return {
    given: copy(r.given, (b) => new Uint32Array(b)),
    surname: copy(r.surname, (b) => new Uint32Array(b)),
    dob: copy(r.dob, (b) => new Uint16Array(b)),
  };
}

/** A worker holding its job, started and ready; `run()` times nothing but the comparison. */
async function startWorker(job: CompareJob): Promise<{ run: () => Promise<CompareResult> }> {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './compareBlocked.ts' : './compareBlocked.mjs',
    import.meta.url,
  );
  const worker = new Worker(url, { workerData: job });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    run: () =>
      new Promise((resolve, reject) => {
        worker.once('message', (result: CompareResult) => {
          resolve(result);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.postMessage('run');
      }),
  };
}

export async function benchLinkVsDuckdb(
  listSize = 1_200_000,
  fileSize = 1_000_000,
  seed = 1,
  fuseSearches = 3,
  repeats = 1,
): Promise<LinkBenchResult> {
  const people = listSize + fileSize + 600_000;
  const model = new PopulationModel(loadDatasets(), parsePopulationConfig({ size: people, seed }));
  const agency = parseAgencyConfig({ name: 'bench', minAge: 0 });
  const parts: LinkRecords[] = [];
  let fileBytes = 0;
  let fileRecords = 0;
  for (let k = 0; k < shardCount(people); k++) {
    const shard = generateShard(model, k, shardPeople(people, k));
    const file = makeAgencyFile(model, shard, agency, 0);
    file.mergeNames(model.dictionary);
    fileBytes += file.byteLength();
    fileRecords += file.size;
    parts.push(fromAgencyFile(model, file, shard));
  }
  const all = concatLinkRecords(parts);
  const list = slice(all, 0, listSize);
  const file = slice(all, listSize, listSize + fileSize);
  const names: string[] = [];
  const used = new Set<number>();
  for (const r of [list, file])
    for (const col of [r.given, r.surname]) for (const id of col) used.add(id);
  // Names by id (rare-surname ids are large: send a compact table and remap).
  const remap = new Map<number, number>();
  for (const id of used) {
    remap.set(id, names.length);
    names.push(id === 0 ? '' : model.dictionary.name(id));
  }
  for (const r of [list, file]) {
    for (const col of [r.given as Uint32Array, r.surname as Uint32Array])
      for (let i = 0; i < col.length; i++) col[i] = remap.get(col[i]!)!;
  }

  const threads = availableParallelism();
  console.log(
    `\nBlocked comparison: ${listSize.toLocaleString('en-US')} list × ${fileSize.toLocaleString('en-US')} file records, blocked on surname + birth year, two Jaro–Winkler scores per pair`,
  );
  // Blocks are split between threads by a hash of the block key: an exact partition.
  const job = { names: nameCodeColumns(names, (n) => new SharedArrayBuffer(n)) };
  const left = shared(list);
  const right = shared(file);
  const runNamesake = async () => {
    const spawned = performance.now();
    const exchange = makeExchange(threads, list.size, file.size);
    const workers = await Promise.all(
      Array.from({ length: threads }, (_, part) =>
        startWorker({ ...job, left, right, partition: { part, parts: threads }, exchange }),
      ),
    );
    const started = performance.now();
    const results = await Promise.all(workers.map((w) => w.run()));
    const finished = performance.now();
    return {
      seconds: (finished - started) / 1000,
      withStartupSeconds: (finished - spawned) / 1000,
      pairs: results.reduce((s, r) => s + r.pairs, 0),
      checksum: results.reduce((s, r) => s + r.checksum, 0),
    };
  };

  const duck = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await duck.connect();
  for (const [table, records] of [
    ['l', list],
    ['r', file],
  ] as const) {
    await connection.run(
      `create table ${table}(given varchar, surname varchar, birth_year integer)`,
    );
    const appender = await connection.createAppender(table);
    for (let i = 0; i < records.size; i++) {
      appender.appendVarchar(names[records.given[i]!]!);
      appender.appendVarchar(names[records.surname[i]!]!);
      if (records.dob[i] === 0) appender.appendNull();
      else appender.appendInteger(yearOf(records.dob[i]!));
      appender.endRow();
    }
    appender.closeSync();
  }
  const runDuckdb = async () => {
    const started = performance.now();
    const rows = (
      await connection.runAndReadAll(
        `select count(*), sum(jaro_winkler_similarity(l.given, r.given) + jaro_winkler_similarity(l.surname, r.surname))
         from l join r on l.surname = r.surname and l.birth_year = r.birth_year where l.surname <> ''`,
      )
    ).getRows();
    return {
      seconds: (performance.now() - started) / 1000,
      pairs: Number(rows[0]![0]),
      checksum: Number(rows[0]![1]),
    };
  };

  // Rounds alternate the engines, so both see the same load; the median round is reported.
  const rounds: LinkBenchRound[] = [];
  let namesake = await runNamesake();
  let duckdb = await runDuckdb();
  for (let r = 0; r < Math.max(1, repeats); r++) {
    if (r > 0) {
      namesake = await runNamesake();
      duckdb = await runDuckdb();
    }
    const ratio = namesake.pairs / namesake.seconds / (duckdb.pairs / duckdb.seconds);
    rounds.push({
      namesakeSeconds: namesake.seconds,
      namesakeWithStartupSeconds: namesake.withStartupSeconds,
      duckdbSeconds: duckdb.seconds,
      ratio,
    });
    if (repeats > 1)
      console.log(
        `  round ${r + 1}: Namesake ${namesake.seconds.toFixed(2)} s (${namesake.withStartupSeconds.toFixed(2)} s with start-up), DuckDB ${duckdb.seconds.toFixed(2)} s: ${ratio.toFixed(2)}×`,
      );
  }
  const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[(rounds.length - 1) >> 1]!;
  const parallelSeconds = median.namesakeSeconds;
  const withStartupSeconds = median.namesakeWithStartupSeconds;
  const duckSeconds = median.duckdbSeconds;
  const { pairs, checksum } = namesake;
  const duckPairs = duckdb.pairs;
  const duckChecksum = duckdb.checksum;
  const one = compareBlocked({
    ...job,
    left,
    right,
    partition: { part: 0, parts: 1 },
    exchange: makeExchange(1, list.size, file.size),
  });

  const fullNames = Array.from(
    { length: file.size },
    (_, j) => `${names[file.given[j]!]} ${names[file.surname[j]!]}`,
  );
  const fuse = new Fuse(fullNames, FUSE_NAME_OPTIONS);
  const searches = Math.max(1, fuseSearches);
  const fuseStarted = performance.now();
  for (let q = 0; q < searches; q++)
    fuse.search(`${names[list.given[q]!]} ${names[list.surname[q]!]}`);
  const searchSeconds = (performance.now() - fuseStarted) / 1000 / searches;

  const result: LinkBenchResult = {
    rounds,
    listRecords: listSize,
    fileRecords: fileSize,
    candidatePairs: pairs,
    duckdbCandidatePairs: duckPairs,
    namesake: { threads, seconds: parallelSeconds, pairsPerSecond: pairs / parallelSeconds },
    namesakeWithStartup: {
      seconds: withStartupSeconds,
      pairsPerSecond: pairs / withStartupSeconds,
    },
    namesakeOneThread: { seconds: one.seconds, pairsPerSecond: one.pairs / one.seconds },
    duckdb: { threads, seconds: duckSeconds, pairsPerSecond: duckPairs / duckSeconds },
    ratio: pairs / parallelSeconds / (duckPairs / duckSeconds),
    checksums: { namesake: checksum, duckdb: duckChecksum },
    fuse: { searchSeconds, fullListDays: (searchSeconds * listSize) / 86_400 },
    agencyFileBytesPerRecord: fileBytes / fileRecords,
  };
  const m = (x: number) => (x / 1e6).toFixed(2);
  console.log(
    `  candidate pairs: ${pairs.toLocaleString('en-US')} (DuckDB: ${duckPairs.toLocaleString('en-US')})`,
  );
  console.log(
    `  Namesake, ${threads} threads: ${parallelSeconds.toFixed(2)} s, ${m(result.namesake.pairsPerSecond)} M pairs/s (${withStartupSeconds.toFixed(2)} s with thread start-up; one thread: ${one.seconds.toFixed(2)} s of which blocking ${one.blockingSeconds.toFixed(2)} s, ${m(result.namesakeOneThread.pairsPerSecond)} M pairs/s; ${one.scoresComputed.toLocaleString('en-US')} name-pair scores computed)`,
  );
  console.log(
    `  DuckDB, ${threads} threads: ${duckSeconds.toFixed(2)} s, ${m(result.duckdb.pairsPerSecond)} M pairs/s`,
  );
  console.log(
    `  Namesake / DuckDB pairs per second: ${result.ratio.toFixed(2)}× (target ≥ 2×; ${(result.namesakeWithStartup.pairsPerSecond / result.duckdb.pairsPerSecond).toFixed(2)}× counting thread start-up); checksums ${checksum.toFixed(1)} vs ${duckChecksum.toFixed(1)}`,
  );
  console.log(
    `  naive fuse.js: ${searchSeconds.toFixed(2)} s per search over ${fileSize.toLocaleString('en-US')} names → ${result.fuse.fullListDays.toFixed(1)} days for the whole list`,
  );
  console.log(
    `  agency files: ${result.agencyFileBytesPerRecord.toFixed(1)} bytes per record (target ≤ 24)`,
  );
  return result;
}
