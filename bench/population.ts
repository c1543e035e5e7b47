/**
 * Population generation on one core: shards are generated one after another in this thread
 * and dropped after measuring, as the streaming pipeline does (their columns recycled for the
 * next shard, as the replay's are).
 */
import { generateShard, recycleShard } from '../src/matching/population/generateShard';
import { PopulationModel } from '../src/matching/population/model';
import { parsePopulationConfig } from '../src/matching/population/config';
import { shardCount, shardPeople } from '../src/matching/population/population';
import { loadDatasets } from '../src/node/loadDatasets';
import { parseAgencyConfig } from '../src/matching/views/agencyConfig';
import { makeAgencyFile } from '../src/matching/views/makeAgencyFile';

export interface PopulationBenchResult {
  people: number;
  shards: number;
  seconds: number;
  peoplePerSecond: number;
  /** The same per second of the process's processor time (the garbage collector's helper threads
   * included): less disturbed than wall time by other jobs on a shared machine. */
  cpuSeconds: number;
  peoplePerCpuSecond: number;
  bytesPerPerson: number;
  bytesPerPersonByTable: Record<string, number>;
  peakRssMiB: number;
  /** One agency view (default noise) of every adult: records, time, bytes per record. */
  view: { records: number; seconds: number; recordsPerSecond: number; bytesPerRecord: number };
  /** People per second with the population and the view together. */
  withViewPeoplePerSecond: number;
  /** People per second of the population with names drawn on request, as the replay makes it. */
  namesOnRequestPeoplePerSecond: number;
  /**
   * What every run, and every worker thread of a run, does before its first shard: read the
   * datasets (once for all sizes, so the first size's figure) and build the population model.
   */
  startup: { datasetsSeconds: number; modelSeconds: number };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function benchPopulation(
  sizes: number[],
  seed: number,
): Promise<PopulationBenchResult[]> {
  const loadStarted = process.hrtime.bigint();
  const datasets = loadDatasets();
  const datasetsSeconds = Number(process.hrtime.bigint() - loadStarted) / 1e9;
  const results: PopulationBenchResult[] = [];
  const agency = parseAgencyConfig({ name: 'bench' });
  console.log(
    '\nPopulation generation, one core (households, addresses included), then one agency view of every adult',
  );
  console.log(
    '  people        shards   seconds   M people/s (per CPU second)   bytes/person (people + households + addresses + buildings)   peak RSS',
  );
  for (const size of sizes) {
    const buildStarted = process.hrtime.bigint();
    const model = new PopulationModel(datasets, parsePopulationConfig({ size, seed }));
    const modelSeconds = Number(process.hrtime.bigint() - buildStarted) / 1e9;
    // Warm the generator up on a small shard so the first measured shard is optimised code.
    generateShard(model, 0, 50_000);
    const shards = shardCount(size);
    const tables = { people: 0, households: 0, addresses: 0, buildings: 0 };
    let seconds = 0;
    let cpuSeconds = 0;
    let viewSeconds = 0;
    let onRequestSeconds = 0;
    let records = 0;
    let recordBytes = 0;
    let peakRss = 0;
    for (let k = 0; k < shards; k++) {
      const started = process.hrtime.bigint();
      const cpuStarted = process.cpuUsage();
      const shard = generateShard(model, k, shardPeople(size, k));
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = process.cpuUsage(cpuStarted);
      cpuSeconds += (cpu.user + cpu.system) / 1e6;
      const viewStarted = process.hrtime.bigint();
      const file = makeAgencyFile(model, shard, agency, 0);
      file.mergeNames(model.dictionary);
      viewSeconds += Number(process.hrtime.bigint() - viewStarted) / 1e9;
      records += file.size;
      recordBytes += file.byteLength();
      for (const table of Object.keys(tables) as (keyof typeof tables)[]) {
        for (const column of Object.values(shard[table]) as ArrayBufferView[])
          tables[table] += column.byteLength;
      }
      // Dropped, as a streaming consumer (the replay) drops it: its columns serve the next shard.
      recycleShard(model, shard);
      // The same shard as the replay makes it: names drawn only on request (none here).
      const onRequestStarted = process.hrtime.bigint();
      recycleShard(model, generateShard(model, k, shardPeople(size, k), { names: 'onRequest' }));
      onRequestSeconds += Number(process.hrtime.bigint() - onRequestStarted) / 1e9;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const bytes = Object.values(tables).reduce((a, b) => a + b, 0);
    const result: PopulationBenchResult = {
      people: size,
      shards,
      seconds,
      peoplePerSecond: size / seconds,
      cpuSeconds,
      peoplePerCpuSecond: size / cpuSeconds,
      bytesPerPerson: bytes / size,
      bytesPerPersonByTable: Object.fromEntries(
        Object.entries(tables).map(([k, v]) => [k, v / size]),
      ),
      peakRssMiB: peakRss / 2 ** 20,
      view: {
        records,
        seconds: viewSeconds,
        recordsPerSecond: records / viewSeconds,
        bytesPerRecord: recordBytes / records,
      },
      withViewPeoplePerSecond: size / (seconds + viewSeconds),
      namesOnRequestPeoplePerSecond: size / onRequestSeconds,
      startup: { datasetsSeconds, modelSeconds },
    };
    results.push(result);
    const split = Object.values(result.bytesPerPersonByTable)
      .map((v) => v.toFixed(1))
      .join(' + ');
    console.log(
      `  ${fmt(size).padStart(11)}  ${String(shards).padStart(6)}  ${seconds.toFixed(2).padStart(8)}  ${(result.peoplePerSecond / 1e6).toFixed(2).padStart(11)} (${(result.peoplePerCpuSecond / 1e6).toFixed(2).padStart(5)})         ${result.bytesPerPerson.toFixed(1).padStart(5)} (${split})${' '.repeat(20)}${fmt(result.peakRssMiB).padStart(6)} MiB`,
    );
  }
  console.log(
    '  agency view: records   seconds   M records/s   bytes/record   | population + view: M people/s   | names on request (as the replay): M people/s',
  );
  for (const r of results) {
    console.log(
      `  ${fmt(r.view.records).padStart(18)}  ${r.view.seconds.toFixed(2).padStart(8)}  ${(r.view.recordsPerSecond / 1e6).toFixed(2).padStart(11)}  ${r.view.bytesPerRecord.toFixed(1).padStart(12)}   | ${(r.withViewPeoplePerSecond / 1e6).toFixed(2).padStart(6)}${' '.repeat(25)}| ${(r.namesOnRequestPeoplePerSecond / 1e6).toFixed(2).padStart(6)}`,
    );
  }
  console.log(
    `  start-up of a run or worker: datasets read in ${datasetsSeconds.toFixed(2)} s; model built in ${results.map((r) => `${r.startup.modelSeconds.toFixed(2)} s`).join(', ')} (per size; the first shard's lazily built tables and JIT warm-up come on top)`,
  );
  console.log(
    '  targets: ≥ 5 M people/s on one core (population, households, addresses and one view); ≤ 40 bytes per person',
  );
  return results;
}
