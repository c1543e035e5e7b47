import { describe, expect, it } from 'vitest';
import { scaleStatement, type ScaleFacts } from '../../../src/matching/pipeline/scale';

const facts = (over: Partial<ScaleFacts>): ScaleFacts => ({
  listSampled: [1_841],
  listFull: [1_841],
  population: 250_000,
  taxFilers: [113_115],
  shardsDone: 1,
  shardsTotal: 1,
  ...over,
});

describe('scaleStatement', () => {
  it('gives the one list size when every replicate has it', () => {
    expect(scaleStatement(facts({}))).toBe(
      'Measured on the whole request list of 1,841 records; no scaling. The population was generated at its full size (250,000 people, 113,115 tax filers), never shrunk.',
    );
  });

  it('gives the range, not the first replicate’s figure, when the replicates’ lists differ', () => {
    const statement = scaleStatement(
      facts({
        listSampled: [1_841, 1_905],
        listFull: [1_841, 1_905],
        taxFilers: [113_115, 113_009],
      }),
    );
    expect(statement).toBe(
      'Measured on the whole request list of 1,841–1,905 records (over the 2 replicates, whose populations differ); no scaling. The population was generated at its full size (250,000 people, 113,009–113,115 tax filers), never shrunk.',
    );
  });

  it('states one factor for a sample of a fixed list, and each replicate’s when lists differ', () => {
    expect(
      scaleStatement(
        facts({
          listSampled: [10_000, 10_000],
          listFull: [1_280_000, 1_280_000],
          taxFilers: [5, 5],
        }),
      ),
    ).toContain('every count is multiplied by 1,280,000 ÷ 10,000 = 128.000.');
    const varying = scaleStatement(
      facts({ listSampled: [900, 900], listFull: [1_841, 1_905], taxFilers: [5, 5] }),
    );
    expect(varying).toContain('a random sample of 900 of the 1,841–1,905 list records');
    expect(varying).toContain(
      "each replicate's counts are multiplied by its list ÷ its sample (2.046–2.117).",
    );
  });

  it('says when the run stopped early', () => {
    expect(scaleStatement(facts({ shardsDone: 1, shardsTotal: 4 }))).toContain(
      'only 1 of the population',
    );
  });
});
