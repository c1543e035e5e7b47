/**
 * The scaling statement every result carries: what was measured, on how much of the list, and
 * how counts were scaled — so a number is never read as measured on more than it was.
 */
export interface ScaleFacts {
  listSampled: number;
  listFull: number;
  population: number;
  taxFilers: number;
  /** Shards of the population made, of those the scenario asks for (fewer: stopped early). */
  shardsDone: number;
  shardsTotal: number;
}

export function scaleStatement(f: ScaleFacts): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const population =
    f.shardsDone < f.shardsTotal
      ? `The run was stopped early: only ${n(f.shardsDone)} of the population's ${n(f.shardsTotal)} shards were made (${n(f.population)} people, ${n(f.taxFilers)} tax filers), so these numbers describe that smaller population, with the list scaled to it — not the scenario's.`
      : `The population was generated at its full size (${n(f.population)} people, ${n(f.taxFilers)} tax filers), never shrunk.`;
  if (f.listSampled >= f.listFull)
    return `Measured on the whole request list of ${n(f.listFull)} records; no scaling. ${population}`;
  const factor = f.listFull / f.listSampled;
  return (
    `Measured on a random sample of ${n(f.listSampled)} of the ${n(f.listFull)} list records sent through the IRS match; ` +
    `every count is multiplied by ${n(f.listFull)} ÷ ${n(f.listSampled)} = ${factor.toFixed(3)}. ` +
    `ICE's cross-reference searched the whole list of ${n(f.listFull)}, so namesakes on the unsampled part are seen. ` +
    population
  );
}
