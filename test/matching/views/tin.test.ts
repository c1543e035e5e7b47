import { describe, expect, it } from 'vitest';
import { formatTin, isItin, NO_TIN, tinHolder, tinOf } from '../../../src/matching/views/tin';
import { pack } from '../../../src/matching/population/attributes';
import { LEGAL_STATUSES, parsePopulationConfig } from '../../../src/matching/population/config';

const attrsOf = (status: string) =>
  pack(0, true, LEGAL_STATUSES.indexOf(status as never), 1, 0, 0, false, false);

describe('taxpayer numbers', () => {
  const config = parsePopulationConfig({ seed: 9 });

  it('gives citizens, lawful residents and deferred action an SSN', () => {
    for (const status of ['citizen', 'lawfulResident', 'deferredAction']) {
      for (const id of [0, 1, 12_345, 1_999_999_999]) {
        const tin = tinOf(id, attrsOf(status), config);
        expect(tin).toBe(id + 1);
        expect(isItin(tin)).toBe(false);
        expect(tinHolder(tin)).toBe(id);
      }
    }
  });

  it('gives final orders and other noncitizens an ITIN with chance itinShare, deterministically', () => {
    const n = 100_000;
    for (const status of ['finalOrder', 'otherNoncitizen']) {
      let itins = 0;
      let wrong = 0;
      for (let id = 0; id < n; id++) {
        const tin = tinOf(id, attrsOf(status), config);
        if (tin === NO_TIN) continue;
        itins++;
        if (!isItin(tin) || tinHolder(tin) !== id || tinOf(id, attrsOf(status), config) !== tin)
          wrong++;
      }
      expect(wrong).toBe(0);
      const p = config.itinShare;
      expect(Math.abs(itins - n * p)).toBeLessThanOrEqual(4 * Math.sqrt(n * p * (1 - p)));
    }
    const none = parsePopulationConfig({ itinShare: 0 });
    expect(tinOf(5, attrsOf('finalOrder'), none)).toBe(NO_TIN);
  });

  it('keeps every number within 32 bits, unique and never 0', () => {
    const last = 1_999_999_999;
    const all = parsePopulationConfig({ itinShare: 1 });
    const values = [0, 1, last].flatMap((id) => [
      tinOf(id, attrsOf('citizen'), all),
      tinOf(id, attrsOf('finalOrder'), all),
    ]);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(0xffffffff);
    }
    expect(tinHolder(NO_TIN)).toBe(-1);
    expect(isItin(NO_TIN)).toBe(false);
  });

  it('formats numbers in the SSN layout', () => {
    expect(formatTin(tinOf(12_345, attrsOf('citizen'), config))).toBe('SSN 000-01-2346');
    const itin = parsePopulationConfig({ itinShare: 1 });
    expect(formatTin(tinOf(0, attrsOf('finalOrder'), itin))).toBe('ITIN 000-00-0001');
    expect(formatTin(NO_TIN)).toBe('');
  });
});
