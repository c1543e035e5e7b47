/**
 * The scaling statement every result carries: what was measured, on how much of the list, and
 * how counts were scaled — so a number is never read as measured on more than it was.
 *
 * Each replicate has its own population, so a list of everyone who qualifies (a scenario whose
 * list size exceeds them), its sample and the number of tax filers may differ between
 * replicates: the statement then gives their range, never one replicate's figure as all's.
 */
export interface ScaleFacts {
  /** Per replicate (at least one): list records sent through the IRS match, and on the list. */
  listSampled: readonly number[];
  listFull: readonly number[];
  population: number;
  /** Per replicate. */
  taxFilers: readonly number[];
  /** Shards of the population made, of those the scenario asks for (fewer: stopped early). */
  shardsDone: number;
  shardsTotal: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** "1,841" when every replicate has it, else "1,841–1,905" (lowest to highest). */
function range(values: readonly number[], format: (x: number) => string = n): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return format(low) === format(high) ? format(low) : `${format(low)}–${format(high)}`;
}

export function scaleStatement(f: ScaleFacts): string {
  const replicates = f.listFull.length;
  const varies = [f.listFull, f.listSampled, f.taxFilers].some((v) => new Set(v).size > 1);
  const over = varies ? ` (over the ${replicates} replicates, whose populations differ)` : '';
  const filers = range(f.taxFilers);
  const population =
    f.shardsDone < f.shardsTotal
      ? `The run was stopped early: only ${n(f.shardsDone)} of the population's ${n(f.shardsTotal)} shards were made (${n(f.population)} people, ${filers} tax filers), so these numbers describe that smaller population, with the list scaled to it — not the scenario's.`
      : `The population was generated at its full size (${n(f.population)} people, ${filers} tax filers), never shrunk.`;
  const full = range(f.listFull);
  if (f.listSampled.every((sampled, r) => sampled >= f.listFull[r]!))
    return `Measured on the whole request list of ${full} records${over}; no scaling. ${population}`;
  const sampled = range(f.listSampled);
  const factors = f.listFull.map((listed, r) => listed / f.listSampled[r]!);
  const scaling =
    replicates === 1 || !varies
      ? `every count is multiplied by ${full} ÷ ${sampled} = ${factors[0]!.toFixed(3)}`
      : `each replicate's counts are multiplied by its list ÷ its sample (${range(factors, (x) => x.toFixed(3))})`;
  return (
    `Measured on a random sample of ${sampled} of the ${full} list records sent through the IRS match${over}; ` +
    `${scaling}. ` +
    `ICE's cross-reference searched the whole list of ${full}, so namesakes on the unsampled part are seen. ` +
    population
  );
}
