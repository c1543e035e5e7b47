/**
 * `npm run bench`: the only place speed and memory are judged. Prints figures with sizes.
 *
 *   population   people generated per second on one core (households, addresses, and one
 *                agency view of every adult included), and bytes per person, at 1 M and 10 M;
 *                also with names drawn on request, as the replay makes its shards
 *   link         a 1.2 M list against a 1 M file blocked on surname + birth year, two
 *                Jaro–Winkler scores per pair: Namesake vs DuckDB vs naive fuse.js
 *   replay       the full-scale irs-ice-2025 replay end to end on every core: time and peak
 *                memory (bench/replay.ts); not part of "all" (minutes), ask for it with --only
 *
 * Options: --only population|link|replay   --sizes 1000000,10000000   --seed 1   --json
 *          link: --fuse-searches 3 (fuse.js searches timed)   --repeats 1 (runs of both engines)
 *          replay: --scenario irs-ice-2025   --replicates 1   --list-sample N   --threads T
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchLinkVsDuckdb } from './linkVsDuckdb';
import { benchPopulation } from './population';
import { benchReplay } from './replay';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = option('--sizes', '1000000,10000000')
  .split(',')
  .map((s) => Number(s.replace(/_/g, '')));
const seed = Number(option('--seed', '1'));

const only = option('--only', 'all');
const results = {
  machine: machineFacts(),
  population: only === 'all' || only === 'population' ? await benchPopulation(sizes, seed) : null,
  link:
    only === 'all' || only === 'link'
      ? await benchLinkVsDuckdb(
          1_200_000,
          1_000_000,
          seed,
          Number(option('--fuse-searches', '3')),
          Number(option('--repeats', '1')),
        )
      : null,
  replay:
    only === 'replay'
      ? await benchReplay({
          scenario: option('--scenario', 'irs-ice-2025'),
          replicates: Number(option('--replicates', '1')),
          listSample: args.includes('--list-sample') ? Number(option('--list-sample', '0')) : null,
          threads: args.includes('--threads') ? Number(option('--threads', '2')) : undefined,
        })
      : null,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

function machineFacts() {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}
