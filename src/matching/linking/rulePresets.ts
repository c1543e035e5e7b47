/**
 * Named deterministic rules, as the agencies in the court record and common practice use them.
 * Field names and level indices refer to the default record comparison (recordComparison.ts).
 */
import type { MatchRule } from '../decision/rules';

export const RULE_PRESETS = {
  /** The IRS's TIN matching: taxpayer number and the first four letters of the surname. */
  'tin-name-control': {
    name: 'TIN + name control',
    all: [
      { field: 'tin', atMost: 0 },
      { field: 'nameControl', atMost: 0 },
    ],
  },
  /** Exact given name, surname and date of birth (voter-roll cross-checks). */
  'exact-name-dob': {
    name: 'exact name + DOB',
    all: [
      { field: 'given', atMost: 0 },
      { field: 'surname', atMost: 0 },
      { field: 'dob', atMost: 0 },
    ],
  },
  /** Exact name and birth year: what a list without full dates can do. */
  'exact-name-birth-year': {
    name: 'exact name + birth year',
    all: [
      { field: 'given', atMost: 0 },
      { field: 'surname', atMost: 0 },
      { field: 'dob', atMost: 2 },
    ],
  },
  /** "Same or similar names": similar given name, surname of the same family, same ZIP. */
  'similar-name-zip': {
    name: 'similar name + same ZIP',
    all: [
      { field: 'given', atMost: 4 },
      { field: 'surname', atMost: 1 },
      { field: 'address', atMost: 3 },
    ],
  },
} as const satisfies Record<string, MatchRule>;

export type RulePreset = keyof typeof RULE_PRESETS;
export const RULE_PRESET_NAMES = Object.keys(RULE_PRESETS) as RulePreset[];
