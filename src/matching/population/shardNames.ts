/**
 * The names of one shard, drawn in batches. While households are built, each person's names are
 * only asked for: a given and perhaps a middle name from the US table of their sex, decade and
 * group, a surname from their group's (or community's remainder) table, or a copy of a
 * relative's. `finish` then draws every request table by table (DrawBatch: one table in cache at
 * a time) and resolves the copies in person order — a partner's or child's surname, a junior's
 * given name, a patronymic surname, a mother's surname as second surname, a twin's name that
 * must differ from the sibling's. Small tables (community lists, compound names) are drawn at
 * once: they stay in cache anyway.
 */
import { DrawBatch } from '../random/DrawBatch';
import type { Rng } from '../random/prng';
import type { PopulationModel } from './model';
import type { PeopleColumns } from './PopulationShard';

export class ShardNames {
  private readonly given: DrawBatch;
  private readonly middle: DrawBatch;
  private readonly surnames: DrawBatch;
  /** Per person: 0, 1 + the person whose surname is copied, or −(1 + the father whose given name is the surname). */
  private readonly surnameFrom: Int32Array;
  /** (child, father) pairs: the child carries the father's given name. */
  private readonly juniors: number[] = [];
  /** (twin, sibling, given-name table) triples: the twin's given name must differ. */
  private readonly twins: number[] = [];
  /** (child, mother) pairs: the mother's surname is the child's second surname. */
  private readonly mothers: number[] = [];

  /** Room for shards of up to `capacity` people (ShardWorkspace keeps one between shards). */
  constructor(
    private readonly model: PopulationModel,
    readonly capacity: number,
  ) {
    const tables = model.givenNames.tables;
    this.given = new DrawBatch(tables, capacity);
    this.middle = new DrawBatch(tables, capacity);
    this.surnames = new DrawBatch(model.surnameTables, capacity);
    this.surnameFrom = new Int32Array(capacity);
  }

  /** Forgets every request, ready for a shard of `people` ≤ capacity people. */
  reset(people: number): void {
    if (people > this.capacity) throw new RangeError(`ShardNames holds ${this.capacity} people`);
    this.given.clear();
    this.middle.clear();
    this.surnames.clear();
    this.surnameFrom.fill(0, 0, people);
    this.juniors.length = 0;
    this.twins.length = 0;
    this.mothers.length = 0;
  }

  /** Person i's given name: a draw from given-name table `key`. */
  drawGiven(i: number, key: number): void {
    this.given.add(key, i);
  }

  /** Person i's middle name: a draw from given-name table `key`. */
  drawMiddle(i: number, key: number): void {
    this.middle.add(key, i);
  }

  /** Person i's surname: a draw from surname table `key` (PopulationModel.surnameTables). */
  drawSurname(i: number, key: number): void {
    this.surnames.add(key, i);
  }

  /** Person i carries person `from`'s surname (`from` < i). */
  copySurname(i: number, from: number): void {
    this.surnameFrom[i] = from + 1;
  }

  /** Person i's surname is the given name of `father` (patronymic naming). */
  surnameFromGiven(i: number, father: number): void {
    this.surnameFrom[i] = -(father + 1);
  }

  junior(child: number, father: number): void {
    this.juniors.push(child, father);
  }

  /** `twin` shares `sibling`'s birth; a given name equal to the sibling's is drawn again. */
  twin(twin: number, sibling: number, key: number): void {
    this.twins.push(twin, sibling, key);
  }

  secondSurnameFromMother(child: number, mother: number): void {
    this.mothers.push(child, mother);
  }

  /** Draws every request and resolves every copy, in a fixed order. */
  finish(rng: Rng, p: PeopleColumns): void {
    const { model } = this;
    this.given.drawInto(rng, p.given);
    this.middle.drawInto(rng, p.middle);
    this.surnames.drawInto(rng, p.surname);
    const { juniors, twins, mothers, surnameFrom } = this;
    for (let k = 0; k < juniors.length; k += 2) p.given[juniors[k]!] = p.given[juniors[k + 1]!]!;
    const tables = model.givenNames.tables;
    for (let k = 0; k < twins.length; k += 3) {
      const twin = twins[k]!;
      if (p.given[twin] === p.given[twins[k + 1]!])
        p.given[twin] = tables[twins[k + 2]!]!.sample(rng);
    }
    const surname = p.surname;
    const n = surname.length;
    for (let i = 0; i < n; i++) {
      const from = surnameFrom[i]!;
      if (from > 0) surname[i] = surname[from - 1]!;
      else if (from < 0) surname[i] = p.given[-from - 1]!;
      else surname[i] = model.surnames.finish(rng, surname[i]!);
    }
    for (let k = 0; k < mothers.length; k += 2) p.surname2[mothers[k]!] = surname[mothers[k + 1]!]!;
  }
}
