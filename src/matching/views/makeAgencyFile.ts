/**
 * One agency's records of one shard: the people it covers (by legal status and age), each
 * written down with the agency's noise — name spellings, name order, dates, stale or unusable
 * addresses, missing or wrong taxpayer numbers. Per record only typed-array reads and writes,
 * except for the rare records that get a new name string.
 *
 * Two passes over the shard's columns. The first decides who is covered and writes each record's
 * address and taxpayer number with their noise, and which rare events it has; the second writes
 * the names and the date of birth. The replay needs neither pass for most tax filers, only for
 * the few thousand records its match paths look at: it asks the first pass for those
 * (DraftWants), then writes their names (AgencyDraft.writeNames for chosen records, then finish).
 *
 * Deterministic, and the same for a record whichever records are written: every draw of a record
 * is its own — coverage and the first rare-event, stale-address and dropped-unit draws are
 * hashes of (seed, VIEW_STREAM, agency, label, person), and a record's further draws come from a
 * generator seeded by such a hash (one for the rare events and taxpayer number, one for the
 * names). New name strings get local ids (NameOverlay) until the collecting thread merges them.
 * A file does not depend on which thread made it, nor on which of its records were written
 * first, nor on which were wanted.
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
import {
  KeyedStream,
  keyedUint32,
  Rng,
  streamAt,
  streamId,
  streamOf,
  streamPrefix,
} from '../random/prng';
import type { AgencyConfig } from './agencyConfig';
import { AgencyFile, Noise, type RecordColumns } from './AgencyFile';
import { GivenForm, givenForms, rewriteGiven } from './givenFormat';
import { NameOverlay } from './NameOverlay';
import { PairIndex } from './PairIndex';
import { compileNoisePlan, Rate, RATES, TWO_TO_32, type NoisePlan } from './noisePlan';
import { anyRare, drawRare, firstKindHappens, Rare } from './rareEvents';
import { romanisationTable, type RomanisationTable } from './romanisation';
import { NO_TIN, tinOf } from './tin';
import { typo } from './typos';
import { wrongTin } from './wrongTin';

/** Stream label of the agency views (the population uses 1). */
export const VIEW_STREAM = 2;
/** Labels of a record's own draws within an agency's view stream: names, rare events, stale address, dropped unit. */
const NAMES = 1;
const RARE = 2;
const STALE = 3;
const UNIT = 4;

/** True with the chance whose threshold is `t`, for a uniform 32-bit number `u` drawn for it. */
function hitWith(u: number, t: number): boolean {
  return t > 0 && (t >= TWO_TO_32 || u < t);
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

/**
 * The records a draft is asked for, when it need not hold every covered person's (the replay's
 * IRS file: its two match paths look at a few thousand of half a million records). A record is
 * wanted when its person is, when its address lies in a wanted building, or when it carries a
 * wanted taxpayer number that is not its own.
 */
export interface DraftWants {
  /** Per local person index, 1 when that person's record is wanted. */
  people: Uint8Array;
  /** Per local building index, 1 when the records at its addresses are wanted. */
  buildings: Uint8Array;
  /** Taxpayer numbers: a record that carries one of them by mistake is wanted. */
  tins: ReadonlySet<number>;
}

/** Which addresses, and which households' records, can lie in a wanted building. */
class WantedHomes {
  /** Per local address, 1 when its building is wanted. */
  private readonly addresses: Uint8Array;
  /** Per local household, 1 when its home, PO box or former home is at a wanted address. */
  readonly households: Uint8Array;
  private readonly addressBase: number;

  constructor(shard: PopulationShard, buildings: Uint8Array) {
    const building = shard.addresses.building;
    const count = shard.addressCount;
    // One slot past the shard's addresses reads 0: where NO_ADDRESS lands (Math.min), so the
    // household loop below takes no branch on a missing PO box or former home.
    const addresses = (this.addresses = new Uint8Array(count + 1));
    for (let a = 0; a < count; a++) addresses[a] = buildings[building[a]!]!;
    const base = (this.addressBase = shard.index * ADDRESS_STRIDE);
    const H = shard.households;
    const households = (this.households = new Uint8Array(shard.householdCount));
    for (let h = 0; h < households.length; h++)
      households[h] =
        addresses[Math.min(H.address[h]! - base, count)]! |
        addresses[Math.min(H.mailAddress[h]! - base, count)]! |
        addresses[Math.min(H.previousAddress[h]! - base, count)]!;
  }

  /** Address id `a` (or NO_ADDRESS) lies in a wanted building. */
  address(a: number): boolean {
    return a !== NO_ADDRESS && this.addresses[a - this.addressBase] === 1;
  }
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

/**
 * The first pass of a draft: writes into `out` the address, taxpayer number, noise flags and rare
 * events of each covered person's record (or each wanted one's), in person order. A function of
 * its own, apart from the draft's other work, so that V8 optimises its loop as one piece.
 */
function firstPass(
  model: PopulationModel,
  shard: PopulationShard,
  agency: AgencyConfig,
  agencyIndex: number,
  plan: NoisePlan,
  out: ViewScratch,
  wants: DraftWants | null,
): { written: number; covered: number } {
  const { config } = model;
  const t = plan.thresholds;
  const coverage = plan.coverage;
  const seed = config.seed;
  // Coverage is streamOf(streamId(seed, VIEW_STREAM, agency), person): its constant part folded once.
  const coveragePrefix = streamPrefix(streamId(seed, VIEW_STREAM, agencyIndex));
  const rare = new KeyedStream(seed, VIEW_STREAM, agencyIndex, RARE);
  const staleKey = streamId(seed, VIEW_STREAM, agencyIndex, STALE);
  const unitKey = streamId(seed, VIEW_STREAM, agencyIndex, UNIT);
  const P = shard.people;
  const H = shard.households;
  const addressUnit = shard.addresses.unit;
  const personBase = shard.index * SHARD_SIZE;
  const addressBase = shard.index * ADDRESS_STRIDE;
  // Born before 1 January of the year after the one in which a person reaches minAge.
  const dobLimit = yearStart(config.referenceYear - agency.minAge + 1);
  const useMail = agency.useMailAddress;
  const wantedAt = wants !== null ? new WantedHomes(shard, wants.buildings) : null;

  const n = shard.size;
  const { outPerson, outAddress, outTin, outNoise, outEvents } = out;
  let m = 0;
  let covers = 0;
  for (let i = 0; i < n; i++) {
    // A status the agency never covers first: for ICE's list most people are passed over here.
    const attrs = P.attrs[i]!;
    const covered = coverage[statusOf(attrs)]!;
    if (covered <= 0 || P.dob[i]! >= dobLimit) continue;
    const personId = personBase + i;
    if (covered < TWO_TO_32 && streamAt(coveragePrefix, personId) >= covered) continue;
    const ownTin = tinOf(personId, attrs, config);
    if (agency.requireTin && ownTin === NO_TIN) continue;
    covers++;
    const c = communityOf(attrs) * RATES;
    const household = P.household[i]! - personBase;
    // The first rare draw is the record's own number, and the taxpayer number is the first rare
    // kind, so a draft that wants few records passes over the others knowing their number is
    // their own.
    const u = rare.uint32(personId);
    if (
      wants !== null &&
      wants.people[i] === 0 &&
      !firstKindHappens(u, t, c + Rate.rare) &&
      wantedAt!.households[household] === 0
    )
      continue;
    // A record's further draws come from its own generator, seeded only when needed.
    const rng = anyRare(u, t, c + Rate.rare) ? rare.more(personId) : null;
    const events = rng ? drawRare(u, rng, t, c + Rate.rare) : 0;
    let flags = 0;

    // Address: PO box or home, perhaps the home before a move; unit or all but the ZIP lost.
    let address = H.address[household]!;
    const mail = H.mailAddress[household]!;
    if (useMail && mail !== NO_ADDRESS) {
      address = mail;
      flags |= Noise.mailAddress;
    }
    const previous = H.previousAddress[household]!;
    if (
      previous !== NO_ADDRESS &&
      hitWith(keyedUint32(staleKey, personId), t[c + Rate.staleAddress]!)
    ) {
      address = previous;
      flags = (flags & ~Noise.mailAddress) | Noise.staleAddress;
    }
    // A home (not a PO box) with a unit is an apartment (PopulationShard: houses have unit 0).
    if (
      (flags & Noise.mailAddress) === 0 &&
      t[c + Rate.unitDropped]! > 0 &&
      addressUnit[address - addressBase] !== 0 &&
      hitWith(keyedUint32(unitKey, personId), t[c + Rate.unitDropped]!)
    )
      flags |= Noise.unitDropped;
    if (events & Rare.addressUnusable) flags |= Noise.addressUnusable;

    // Taxpayer number: missing or someone else's (exclusive).
    let tin = ownTin;
    if (events & Rare.tin) {
      if (rng!.nextUint32() < t[c + Rate.tinMissing]!) {
        if (tin !== NO_TIN) flags |= Noise.tinMissing;
        tin = NO_TIN;
      } else {
        const other = wrongTin(rng!, shard, i, household, config);
        if (other !== NO_TIN) {
          tin = other;
          flags |= Noise.tinWrong;
        }
      }
    }
    if (
      wants !== null &&
      wants.people[i] === 0 &&
      !wantedAt!.address(address) &&
      !((flags & Noise.tinWrong) !== 0 && wants.tins.has(tin))
    )
      continue;

    outPerson[m] = personId;
    outAddress[m] = address;
    outTin[m] = tin;
    outNoise[m] = flags;
    outEvents[m] = events;
    m++;
  }
  return { written: m, covered: covers };
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
  /** Records in the draft: every covered person's, or only the wanted ones (DraftWants). */
  readonly size: number;
  /** People the agency has a record of, whether the draft holds their record or not. */
  readonly covered: number;
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
    wants?: DraftWants,
  ) {
    const plan = compileNoisePlan(model, agency);
    this.t = plan.thresholds;
    this.overlay = new NameOverlay(model.dictionary);
    this.romanisations = romanisationTable(model);
    this.forms = givenForms(model);
    this.namesKey = streamId(VIEW_STREAM, agencyIndex, NAMES);
    const scratch = draftScratch(shard.size);
    const { written: m, covered } = firstPass(
      model,
      shard,
      agency,
      agencyIndex,
      plan,
      scratch,
      wants ?? null,
    );
    const { outPerson, outAddress, outTin, outNoise, outEvents } = scratch;
    this.size = m;
    this.covered = covered;
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
    shard.resolvePerson(i);
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
      if (romanisations.has(given) && this.hit(romanisation)) {
        given = romanise(romanisations, overlay, this.draws(), community, given);
        flags |= Noise.romanisation;
      }
      if (romanisations.has(surname) && this.hit(romanisation)) {
        surname = romanise(romanisations, overlay, this.draws(), community, surname);
        flags |= Noise.romanisation;
      }
    }
    const form =
      t[c + Rate.givenFormat]! > 0 && given === trueGiven && given < forms.length
        ? forms[given]!
        : GivenForm.single;
    if (form !== GivenForm.single && this.hit(t[c + Rate.givenFormat]!)) {
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
      if (this.hit(t[c + Rate.secondSurnameDropped]!)) flags |= Noise.secondSurnameDropped;
      else surname = overlay.compound(surname, surname2);
    }
    if (isForeignBorn(attrs) && this.hit(t[c + Rate.orderSwap]!)) {
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

  /**
   * True with the chance whose threshold is `t` (rate × 2^32), from the current record's
   * generator; no draw, and no seeding, when the rate is 0 or 1 (most people born abroad are in
   * communities whose names are never written in swapped order).
   */
  private hit(t: number): boolean {
    return t > 0 && (t >= TWO_TO_32 || this.draws().nextUint32() < t);
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
