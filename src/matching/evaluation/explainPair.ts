/**
 * One pair of records explained field by field: both values, the agreement level reached, the
 * raw scores behind a name level (Jaro–Winkler, the fuse.js score with the options used,
 * phonetic codes, name controls) and, with a Fellegi–Sunter model, each field's weight as a
 * waterfall from the prior to the match weight.
 */
import { FIELD_COUNT, type RecordComparer } from '../comparison/recordComparison';
import { FUSE_NAME_OPTIONS, fuseScore } from '../comparison/names/fuseScore';
import { jaroWinkler } from '../comparison/names/jaroWinkler';
import { nameControl } from '../comparison/names/nameControl';
import { phoneticCodes } from '../comparison/names/phonetic';
import type { FellegiSunterModel, WaterfallRow } from '../decision/FellegiSunterModel';
import { matchProbability } from '../decision/FellegiSunterModel';
import { AddressQuality, type LinkRecords } from '../linking/LinkRecords';
import { formatDate } from '../population/calendar';

export interface NameScores {
  jaroWinkler: number;
  fuse: number;
  fuseOptions: typeof FUSE_NAME_OPTIONS;
  soundex: [string, string];
  nysiis: [string, string];
  doubleMetaphone: [string, string];
  nameControl: [string, string];
}

export interface FieldExplanation {
  field: string;
  level: number;
  levelName: string;
  left: string;
  right: string;
  /** Raw scores, for the two name fields. */
  scores?: NameScores;
}

export interface PairExplanation {
  fields: FieldExplanation[];
  waterfall: WaterfallRow[] | null;
  matchWeight: number | null;
  probability: number | null;
}

function nameScores(a: string, b: string): NameScores {
  const ca = phoneticCodes(a);
  const cb = phoneticCodes(b);
  return {
    jaroWinkler: jaroWinkler(a, b),
    fuse: fuseScore(a, b),
    fuseOptions: FUSE_NAME_OPTIONS,
    soundex: [ca.soundex, cb.soundex],
    nysiis: [ca.nysiis, cb.nysiis],
    doubleMetaphone: [ca.metaphone.join('/'), cb.metaphone.join('/')],
    nameControl: [nameControl(a), nameControl(b)],
  };
}

function addressText(r: LinkRecords, i: number): string {
  switch (r.addressQuality[i]) {
    case AddressQuality.missing:
      return '';
    case AddressQuality.zipOnly:
      return `unusable, ZIP ${String(r.zip[i]).padStart(5, '0')}`;
    default:
      return `building ${r.building[i]}${r.unit[i] ? ` unit ${r.unit[i]}` : ''}, ZIP ${String(r.zip[i]).padStart(5, '0')}`;
  }
}

export function explainPair(
  comparer: RecordComparer,
  nameOf: (id: number) => string,
  a: LinkRecords,
  i: number,
  b: LinkRecords,
  j: number,
  model?: FellegiSunterModel,
): PairExplanation {
  const levels = new Uint8Array(FIELD_COUNT);
  comparer.compare(a, i, b, j, levels, 0);
  const name = (id: number) => (id === 0 ? '' : nameOf(id));
  const values: [string, string][] = [
    [name(a.given[i]!), name(b.given[j]!)],
    [name(a.surname[i]!), name(b.surname[j]!)],
    [nameControl(name(a.surname[i]!)), nameControl(name(b.surname[j]!))],
    [`${name(a.given[i]!)} ${name(a.surname[i]!)}`, `${name(b.given[j]!)} ${name(b.surname[j]!)}`],
    [formatDate(a.dob[i]!), formatDate(b.dob[j]!)],
    [addressText(a, i), addressText(b, j)],
    [a.tin[i] ? String(a.tin[i]) : '', b.tin[j] ? String(b.tin[j]) : ''],
  ];
  const fields = comparer.fields.map((field, f): FieldExplanation => {
    const [left, right] = values[f]!;
    const explanation: FieldExplanation = {
      field: field.name,
      level: levels[f]!,
      levelName: field.levels[levels[f]!]!,
      left,
      right,
    };
    if ((field.name === 'given' || field.name === 'surname') && left !== '' && right !== '') {
      explanation.scores = nameScores(left, right);
    }
    return explanation;
  });
  if (!model) return { fields, waterfall: null, matchWeight: null, probability: null };
  const waterfall = model.explain(levels);
  const weight = waterfall[waterfall.length - 1]!.cumulative;
  return { fields, waterfall, matchWeight: weight, probability: matchProbability(weight) };
}
