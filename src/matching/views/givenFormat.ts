/**
 * How a two-part given name is written: Min-jun, Min jun or Minjun. Communities state their
 * shares of hyphenated and spaced forms (conventions in datasets/communities.json); agencies
 * rewrite a generated name into one of the three forms with those shares.
 */
import type { PopulationModel } from '../population/model';

/** Forms of a given name. `single`: one part (or two parts run together). */
export const GivenForm = { single: 0, hyphen: 1, space: 2, joined: 3 } as const;
export type GivenForm = (typeof GivenForm)[keyof typeof GivenForm];

const SEPARATORS = /[- ]+/g;

/** The form of a name: hyphen or space when it has two parts or more, else single. */
export function givenFormOf(name: string): GivenForm {
  if (name.includes('-')) return GivenForm.hyphen;
  if (name.includes(' ')) return GivenForm.space;
  return GivenForm.single;
}

/** `name` with its parts joined by a hyphen, a space or nothing. */
export function rewriteGiven(name: string, form: GivenForm): string {
  if (form === GivenForm.hyphen) return name.replace(SEPARATORS, '-');
  if (form === GivenForm.space) return name.replace(SEPARATORS, ' ');
  return name.replace(SEPARATORS, '');
}

const tables = new WeakMap<PopulationModel, Uint8Array>();

/**
 * The form of every name id of the model's dictionary (as it stands on first use), so the
 * record generator reads one byte instead of a string. Ids past its end are treated as single.
 */
export function givenForms(model: PopulationModel): Uint8Array {
  let forms = tables.get(model);
  if (!forms) {
    const { dictionary } = model;
    forms = new Uint8Array(dictionary.size);
    for (let id = 1; id < forms.length; id++) forms[id] = givenFormOf(dictionary.name(id));
    tables.set(model, forms);
  }
  return forms;
}
