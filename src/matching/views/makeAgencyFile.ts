/**
 * One agency's records of one shard: the people it covers (by legal status and age), each
 * written down with the agency's noise — name spellings, name order, dates, stale or unusable
 * addresses, missing or wrong taxpayer numbers. Per record only typed-array reads and writes,
 * except for the rare records that get a new name string.
 *
 * Two passes over the shard's columns. The first decides who is covered and writes each record's address and taxpayer
 * number with their noise, and which rare events it has; the second writes the names and the
 * date of birth. The replay needs the first pass for every tax filer (where the IRS looks) but
 * the second only for the few thousand records it looks at, so it can stop between them
 * (AgencyDraft.writeNames for chosen records, then finish).
 *
 * Deterministic: the first pass of shard k draws from its own stream (seed, VIEW_STREAM, agency,
 * shard); the second draws each record's names from a stream of that record alone (seed,
 * VIEW_STREAM, agency, NAMES, person), so a record's names are the same whichever records are
 * written; coverage comes from a hash of the person id; and new name strings get local ids
 * (NameOverlay) until the collecting thread merges them. A file does not depend on which thread
 * made it, nor on which of its records were written first.
 */
import { civilDate, dayNumber, NO_DATE, yearStart } from '../population/calendar';
import { communityOf, isForeignBorn, statusOf } from '../population/attributes';
import type { PopulationModel } from '../population/model';
import {
  ADDRESS_STRIDE,
  NO_ADDRESS,
  SHARD_SIZE,
  type PopulationShard,
} from '../population/PopulationShard';
import { Rng, streamId, streamOf } from '../random/prng';
import type { AgencyConfig } from './agencyConfig';
import { AgencyFile, Noise, type RecordColumns } from './AgencyFile';
import { GivenForm, givenForms, rewriteGiven } from './givenFormat';
import { NameOverlay } from './NameOverlay';
import { PairIndex } from './PairIndex';
import { compileNoisePlan, Rate, RATES, TWO_TO_32 } from './noisePlan';
import { drawRare, Rare } from './rareEvents';
import { romanisationTable, type RomanisationTable } from './romanisation';
import { NO_TIN, tinOf } from './tin';
import { typo } from './typos';
import { wrongTin } from './wrongTin';

/** Stream label of the agency views (the population uses 1). */
export const VIEW_STREAM = 2;
/** Label of the per-record name streams within an agency's view stream. */
const NAMES = 1;

/** True with the chance whose threshold is `t` (rate × 2^32); no draw when the rate is 0 or 1. */
function hit(rng: Rng, t: number): boolean {
  return t > 0 && (t >= TWO_TO_32 || rng.nextUint32() < t);
}

/** Another spelling of name `id` from its romanisation family, chosen uniformly. */
function romanise(
  table: RomanisationTable,
  overlay: NameOverlay,
  rng: Rng,
  community: number,
  id: number,
): number {
  const other = table.of(community, id)!;
  const k = rng.below(other.names.length);
  return other.ids[k]! >= 0 ? other.ids[k]! : overlay.intern(other.names[k]!);
}

/** Name `id` with one keyboard typo (the same id when the name has no letter). */
function mistype(overlay: NameOverlay, rng: Rng, id: number): number {
  const written = overlay.name(id);
  const typed = typo(rng, written);
  return typed === written ? id : overlay.intern(typed);
}

/** Given name `id` rewritten in `form`, built once per name and form. */
function reformat(overlay: NameOverlay, cache: PairIndex, id: number, form: GivenForm): number {
  let rewritten = cache.get(id, form);
  if (rewritten < 0) {
    rewritten = overlay.intern(rewriteGiven(overlay.name(id), form));
    cache.set(id, form, rewritten);
  }
  return rewritten;
}

/** The date of birth `dob` altered as `kind` says; `dob` itself when that is impossible. */
function alterDob(dob: number, kind: number): number {
  if (kind === Noise.dobMissing) return NO_DATE;
  const { year, month, day } = civilDate(dob);
  if (kind === Noise.dobPlaceholder) return yearStart(year);
  return day <= 12 && day !== month ? dayNumber(year, day, month) : dob;
}

/** Room for one shard's records before they are counted (ViewScratch). */
interface ViewScratch {
  outPerson: Uint32Array;
  outAddress: Uint32Array;
  outTin: Uint32Array;
  outNoise: Uint16Array;
  outEvents: Uint8Array;
}

let scratch: ViewScratch | null = null;

/**
 * Scratch columns for a shard of `n` people, kept between drafts: a draft copies out the records
 * it keeps, and fresh memory for a whole shard's worth (15 bytes a person, twice a replay shard)
 * costs a page fault and a zeroing per 4 KiB. Drafts are made synchronously, one at a time per
 * thread, so one scratch serves them all.
 */
function draftScratch(n: number): ViewScratch {
  if (!scratch || scratch.outPerson.length < n) {
    const room = Math.max(n, SHARD_SIZE);
    scratch = {
      outPerson: new Uint32Array(room),
      outAddress: new Uint32Array(room),
      outTin: new Uint32Array(room),
      outNoise: new Uint16Array(room),
      outEvents: new Uint8Array(room),
    };
  }
  return scratch;
}

export function makeAgencyFile(
  model: PopulationModel,
  shard: PopulationShard,
  agency: AgencyConfig,
  agencyIndex: number,
): AgencyFile {
  const draft = new AgencyDraft(model, shard, agency, agencyIndex);
  draft.writeNames();
  return draft.finish();
}

/**
 * An agency file whose records have their addresses, taxpayer numbers and their noise, and
 * whose names and dates of birth are written on request. Until written, a record's names are
 * NO_NAME and its date NO_DATE (never the true ones, which the agency does not know).
 */
export class AgencyDraft {
  readonly records: RecordColumns;
  readonly size: number;
  /** Rare events of each record (Rare bits) that the names pass acts on. */
  private readonly events: Uint8Array;
  private readonly written: Uint8Array;
  private readonly overlay: NameOverlay;
  private readonly reformatted = new PairIndex();
  private readonly rng = new Rng(0);
  /** The person whose record's names are being written, and whether `rng` is seeded for it. */
  private current = 0;
  private seeded = false;
  private readonly t: Float64Array;
  /** Stream key of the per-record name streams (seed, VIEW_STREAM, agency, NAMES). */
  private readonly namesKey: number;
  private readonly romanisations: RomanisationTable;
  private readonly forms: ReturnType<typeof givenForms>;

  constructor(
    private readonly model: PopulationModel,
    private readonly shard: PopulationShard,
    private readonly agency: AgencyConfig,
    private readonly agencyIndex: number,
  ) {
    const { config } = model;
    const plan = compileNoisePlan(model, agency);
    const t = (this.t = plan.thresholds);
    const coverage = plan.coverage;
    this.overlay = new NameOverlay(model.dictionary);
    this.romanisations = romanisationTable(model);
    this.forms = givenForms(model);
    const rng = new Rng(config.seed, streamId(VIEW_STREAM, agencyIndex, shard.index));
    const coverageKey = streamId(config.seed, VIEW_STREAM, agencyIndex);
    this.namesKey = streamId(VIEW_STREAM, agencyIndex, NAMES);
    const P = shard.people;
    const H = shard.households;
    const addressUnit = shard.addresses.unit;
    const personBase = shard.index * SHARD_SIZE;
    const addressBase = shard.index * ADDRESS_STRIDE;
    // Born before 1 January of the year after the one in which a person reaches minAge.
    const dobLimit = yearStart(config.referenceYear - agency.minAge + 1);
    const useMail = agency.useMailAddress;

    const n = shard.size;
    const { outPerson, outAddress, outTin, outNoise, outEvents } = draftScratch(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (P.dob[i]! >= dobLimit) continue;
      const attrs = P.attrs[i]!;
      const personId = personBase + i;
      const covered = coverage[statusOf(attrs)]!;
      if (covered < TWO_TO_32 && (covered <= 0 || streamOf(coverageKey, personId) >= covered))
        continue;
      const ownTin = tinOf(personId, attrs, config);
      if (agency.requireTin && ownTin === NO_TIN) continue;
      const c = communityOf(attrs) * RATES;
      let flags = 0;
      const events = drawRare(rng, t, c + Rate.rare);

      // Address: PO box or home, perhaps the home before a move; unit or all but the ZIP lost.
      const household = P.household[i]! - personBase;
      let address = H.address[household]!;
      const mail = H.mailAddress[household]!;
      if (useMail && mail !== NO_ADDRESS) {
        address = mail;
        flags |= Noise.mailAddress;
      }
      const previous = H.previousAddress[household]!;
      if (previous !== NO_ADDRESS && hit(rng, t[c + Rate.staleAddress]!)) {
        address = previous;
        flags = (flags & ~Noise.mailAddress) | Noise.staleAddress;
      }
      // A home (not a PO box) with a unit is an apartment (PopulationShard: houses have unit 0).
      if (
        (flags & Noise.mailAddress) === 0 &&
        t[c + Rate.unitDropped]! > 0 &&
        addressUnit[address - addressBase] !== 0 &&
        hit(rng, t[c + Rate.unitDropped]!)
      )
        flags |= Noise.unitDropped;
      if (events & Rare.addressUnusable) flags |= Noise.addressUnusable;

      // Taxpayer number: missing or someone else's (exclusive).
      let tin = ownTin;
      if (events & Rare.tin) {
        if (rng.nextUint32() < t[c + Rate.tinMissing]!) {
          if (tin !== NO_TIN) flags |= Noise.tinMissing;
          tin = NO_TIN;
        } else {
          const other = wrongTin(rng, shard, i, household, config);
          if (other !== NO_TIN) {
            tin = other;
            flags |= Noise.tinWrong;
          }
        }
      }

      outPerson[m] = personId;
      outAddress[m] = address;
      outTin[m] = tin;
      outNoise[m] = flags;
      outEvents[m] = events;
      m++;
    }
    this.size = m;
    this.records = {
      person: outPerson.slice(0, m),
      given: new Uint32Array(m),
      surname: new Uint32Array(m),
      dob: new Uint16Array(m),
      address: outAddress.slice(0, m),
      tin: outTin.slice(0, m),
      noise: outNoise.slice(0, m),
    };
    this.events = outEvents.slice(0, m);
    this.written = new Uint8Array(m);
  }

  /** Writes the names and dates of birth of records `which` (record indices; default all). */
  writeNames(which?: ArrayLike<number>): void {
    const count = which ? which.length : this.size;
    for (let k = 0; k < count; k++) {
      const r = which ? which[k]! : k;
      if (this.written[r] === 0) this.writeRecordNames(r);
    }
  }

  /** The file: every record written so far, with the new name strings it uses. */
  finish(): AgencyFile {
    return new AgencyFile(
      this.agency.name,
      this.shard.index,
      this.records,
      this.overlay.localNames().slice(),
    );
  }

  /** Names (spellings of the true names, then the surname, order and typos) and date of record r. */
  private writeRecordNames(r: number): void {
    const { shard, overlay, t, romanisations, forms } = this;
    const P = shard.people;
    const records = this.records;
    const personId = records.person[r]!;
    const i = personId - shard.index * SHARD_SIZE;
    // A shard made with names on request draws this person's names now (the same names).
    shard.resolveName(i);
    // Most records draw nothing here: their generator is seeded on its first draw (draws()).
    this.current = personId;
    this.seeded = false;
    const attrs = P.attrs[i]!;
    const community = communityOf(attrs);
    const c = community * RATES;
    const events = this.events[r]!;
    let flags = 0;

    const trueGiven = P.given[i]!;
    let given = trueGiven;
    let surname = P.surname[i]!;
    const romanisation = t[c + Rate.romanisation]!;
    if (romanisation > 0) {
      if (romanisations.has(given) && hit(this.draws(), romanisation)) {
        given = romanise(romanisations, overlay, this.draws(), community, given);
        flags |= Noise.romanisation;
      }
      if (romanisations.has(surname) && hit(this.draws(), romanisation)) {
        surname = romanise(romanisations, overlay, this.draws(), community, surname);
        flags |= Noise.romanisation;
      }
    }
    const form =
      t[c + Rate.givenFormat]! > 0 && given === trueGiven && given < forms.length
        ? forms[given]!
        : GivenForm.single;
    if (form !== GivenForm.single && hit(this.draws(), t[c + Rate.givenFormat]!)) {
      const u = this.draws().nextFloat();
      const target =
        u < t[c + Rate.hyphenForm]!
          ? GivenForm.hyphen
          : u < t[c + Rate.spaceForm]!
            ? GivenForm.space
            : GivenForm.joined;
      if (target !== form) {
        given = reformat(overlay, this.reformatted, given, target);
        flags |= Noise.givenFormat;
      }
    }
    const surname2 = P.surname2[i]!;
    if (surname2 !== 0) {
      if (hit(this.draws(), t[c + Rate.secondSurnameDropped]!)) flags |= Noise.secondSurnameDropped;
      else surname = overlay.compound(surname, surname2);
    }
    if (isForeignBorn(attrs) && hit(this.draws(), t[c + Rate.orderSwap]!)) {
      const first = given;
      given = surname;
      surname = first;
      flags |= Noise.orderSwap;
    }
    if (events & Rare.typoGiven) {
      const typed = mistype(overlay, this.draws(), given);
      if (typed !== given) flags |= Noise.typoGiven;
      given = typed;
    }
    if (events & Rare.typoSurname) {
      const typed = mistype(overlay, this.draws(), surname);
      if (typed !== surname) flags |= Noise.typoSurname;
      surname = typed;
    }

    // Date of birth: missing, a placeholder or day and month swapped (exclusive).
    const trueDob = P.dob[i]!;
    let dob = trueDob;
    if (events & Rare.dob) {
      const u = this.draws().nextUint32();
      const kind =
        u < t[c + Rate.dobMissing]!
          ? Noise.dobMissing
          : u < t[c + Rate.dobPlaceholder]!
            ? Noise.dobPlaceholder
            : Noise.dobDayMonthSwap;
      dob = alterDob(trueDob, kind);
      if (dob !== trueDob) flags |= kind;
    }

    records.given[r] = given;
    records.surname[r] = surname;
    records.dob[r] = dob;
    records.noise[r] = records.noise[r]! | flags;
    this.written[r] = 1;
  }

  /** The current record's own generator (seed, VIEW_STREAM, agency, NAMES, person), seeded on first use. */
  private draws(): Rng {
    if (!this.seeded) {
      this.rng.reseed(this.model.config.seed, streamOf(this.namesKey, this.current));
      this.seeded = true;
    }
    return this.rng;
  }
}
