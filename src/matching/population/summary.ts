/**
 * A streaming summary of a population: shards are added one at a time (and may be dropped
 * afterwards), so a population of tens of millions is summarised without being held.
 *
 * Reports what drives false matches: how concentrated surnames and full names are, how spread
 * adult birth dates are (D_eff = 1/Σp², the number of equally likely dates with the same
 * collision rate), and how many pairs of distinct adults share given name, surname and full
 * date of birth — a "match" on those three fields that is the wrong person.
 */
import { COMMUNITY_IDS } from '../datasets/communitySchema';
import type { NameDictionary } from '../names/NameDictionary';
import { TAIL_BASE } from '../names/NameDictionary';
import { communityOf } from './attributes';
import { formatDate, yearStart } from './calendar';
import { BuildingKind, type PopulationShard } from './PopulationShard';

export interface NameCount {
  name: string;
  count: number;
}

export interface CommunitySummary {
  community: string;
  people: number;
  topSurnames: NameCount[];
  /** Share of the community's people who carry one of its three commonest surnames. */
  top3SurnameShare: number;
}

export interface PopulationSummary {
  people: number;
  adults: number;
  households: number;
  meanHouseholdSize: number;
  /** Occupied street addresses: houses and apartment buildings (units share one). */
  streetAddresses: number;
  peoplePerStreetAddress: number;
  peopleInApartments: number;
  poBoxHouseholds: number;
  movedHouseholds: number;
  rareSurnamePeople: number;
  topSurnames: NameCount[];
  /** Among adults. */
  topFullNames: NameCount[];
  communities: CommunitySummary[];
  /** Effective number of equally likely adult birth dates, 1/Σp² (Σp² estimated without bias). */
  adultBirthDateDeff: number;
  /** Pairs of distinct adults with the same given name, surname and full date of birth. */
  adultPairsSharingNameAndDob: number;
  /** Pairs of distinct adults with the same given name and surname. */
  adultPairsSharingName: number;
  /** Example: the commonest (given, surname, date of birth) shared by adults. */
  mostSharedNameAndDob: { name: string; dob: string; count: number } | null;
}

const TOP = 10;

/** The 64-bit keys are written as two 32-bit words, low word first: a little-endian layout. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export class PopulationStats {
  private people = 0;
  private adults = 0;
  private households = 0;
  private streetAddresses = 0;
  private peopleInApartments = 0;
  private poBoxHouseholds = 0;
  private movedHouseholds = 0;
  private rareSurnamePeople = 0;
  private readonly dobCounts = new Float64Array(65536);
  private surnameCounts: Uint32Array;
  private readonly communitySurnames: Uint32Array[];
  private readonly communityPeople = new Float64Array(COMMUNITY_IDS.length);
  /** Keys (given, surname, dob) of adults, 64 bits each, in chunks. */
  private readonly keyChunks: BigUint64Array[] = [];
  private readonly adultCutoff: number;

  constructor(
    private readonly dictionary: NameDictionary,
    referenceYear: number,
  ) {
    if (!LITTLE_ENDIAN) throw new Error('PopulationStats needs a little-endian machine');
    this.surnameCounts = new Uint32Array(dictionary.size);
    this.communitySurnames = COMMUNITY_IDS.map(() => new Uint32Array(dictionary.size));
    // Adults: 18 or older by the end of the reference year's first day.
    this.adultCutoff = yearStart(referenceYear - 18);
  }

  add(shard: PopulationShard): void {
    const { people, households, buildings, addresses } = shard;
    const n = shard.size;
    this.people += n;
    this.households += shard.householdCount;
    const keys = new BigUint64Array(n);
    const words = new Uint32Array(keys.buffer);
    let adults = 0;
    for (let i = 0; i < n; i++) {
      const surname = people.surname[i]!;
      const c = communityOf(people.attrs[i]!);
      this.communityPeople[c]! += 1;
      if (surname >= TAIL_BASE) this.rareSurnamePeople++;
      else if (surname < this.surnameCounts.length) {
        this.surnameCounts[surname]!++;
        this.communitySurnames[c]![surname]!++;
      }
      const dob = people.dob[i]!;
      if (dob > this.adultCutoff || dob === 0) continue;
      this.dobCounts[dob]! += 1;
      const s = surname >= TAIL_BASE ? 0x1000000 + (surname - TAIL_BASE) : surname;
      const given = people.given[i]!;
      // Little-endian: word 2a is the low half, 2a + 1 the high half.
      words[2 * adults + 1] = ((given << 9) | (s >>> 16)) >>> 0;
      words[2 * adults] = (((s & 0xffff) << 16) | dob) >>> 0;
      adults++;
    }
    this.adults += adults;
    this.keyChunks.push(keys.slice(0, adults));
    const kinds = buildings.kind;
    const seen = new Uint8Array(kinds.length);
    for (let h = 0; h < shard.householdCount; h++) {
      const building = addresses.building[shard.localAddress(households.address[h]!)]!;
      if (kinds[building] === BuildingKind.apartment)
        this.peopleInApartments += households.size[h]!;
      if (!seen[building]) {
        seen[building] = 1;
        this.streetAddresses++;
      }
      if (households.mailAddress[h] !== 0xffffffff) this.poBoxHouseholds++;
      if (households.previousAddress[h] !== 0xffffffff) this.movedHouseholds++;
    }
  }

  finish(): PopulationSummary {
    const d = this.dictionary;
    // Unbiased estimate of Σp²: the chance that two distinct adults share a birth date,
    // Σ c(c − 1) / (N(N − 1)). The plug-in Σ(c/N)² overstates it by about 1/N.
    let sharing = 0;
    for (let i = 0; i < this.dobCounts.length; i++)
      sharing += this.dobCounts[i]! * (this.dobCounts[i]! - 1);
    const sumSquares = this.adults > 1 ? sharing / (this.adults * (this.adults - 1)) : 0;
    const keys = concatenate(this.keyChunks, this.adults);
    keys.sort();
    const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
    let pairsNameDob = 0;
    let pairsName = 0;
    let best: { i: number; count: number } | null = null;
    const fullNames: { hi: number; lo: number; count: number }[] = [];
    let i = 0;
    while (i < keys.length) {
      // A run of the same (given, surname): same high word and same top 16 bits of the low word.
      const hi = words[2 * i + 1]!;
      const loName = words[2 * i]! >>> 16;
      let j = i;
      while (j < keys.length && words[2 * j + 1] === hi && words[2 * j]! >>> 16 === loName) {
        let k = j;
        while (k < keys.length && keys[k] === keys[j]) k++;
        const same = k - j;
        pairsNameDob += (same * (same - 1)) / 2;
        if (same > 1 && (!best || same > best.count)) best = { i: j, count: same };
        j = k;
      }
      const run = j - i;
      pairsName += (run * (run - 1)) / 2;
      insertTop(fullNames, { hi, lo: loName, count: run });
      i = j;
    }
    const fullName = (hi: number, loName: number) => {
      const given = hi >>> 9;
      const s = ((hi & 0x1ff) << 16) | loName;
      const surname = s >= 0x1000000 ? TAIL_BASE + (s - 0x1000000) : s;
      return `${d.name(given)} ${d.name(surname)}`;
    };
    return {
      people: this.people,
      adults: this.adults,
      households: this.households,
      meanHouseholdSize: this.people / this.households,
      streetAddresses: this.streetAddresses,
      peoplePerStreetAddress: this.people / this.streetAddresses,
      peopleInApartments: this.peopleInApartments,
      poBoxHouseholds: this.poBoxHouseholds,
      movedHouseholds: this.movedHouseholds,
      rareSurnamePeople: this.rareSurnamePeople,
      topSurnames: topCounts(this.surnameCounts, TOP).map(([id, count]) => ({
        name: d.name(id),
        count,
      })),
      topFullNames: fullNames.map((f) => ({ name: fullName(f.hi, f.lo), count: f.count })),
      communities: COMMUNITY_IDS.map((community, c) => {
        const top = topCounts(this.communitySurnames[c]!, 3);
        const people = this.communityPeople[c]!;
        return {
          community,
          people,
          topSurnames: top.map(([id, count]) => ({ name: d.name(id), count })),
          top3SurnameShare:
            people > 0 ? top.reduce((sum, [, count]) => sum + count, 0) / people : 0,
        };
      }),
      adultBirthDateDeff: sumSquares > 0 ? 1 / sumSquares : 0,
      adultPairsSharingNameAndDob: pairsNameDob,
      adultPairsSharingName: pairsName,
      mostSharedNameAndDob: best
        ? {
            name: fullName(words[2 * best.i + 1]!, words[2 * best.i]! >>> 16),
            dob: formatDate(words[2 * best.i]! & 0xffff),
            count: best.count,
          }
        : null,
    };
  }
}

function concatenate(chunks: BigUint64Array[], total: number): BigUint64Array {
  const all = new BigUint64Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  chunks.length = 0;
  return all;
}

function insertTop(
  top: { hi: number; lo: number; count: number }[],
  entry: { hi: number; lo: number; count: number },
): void {
  if (top.length === TOP && entry.count <= top[TOP - 1]!.count) return;
  top.push(entry);
  top.sort((a, b) => b.count - a.count);
  if (top.length > TOP) top.pop();
}

/** The k largest counts as [id, count], largest first (ties: smaller id first). */
function topCounts(counts: Uint32Array, k: number): [number, number][] {
  const top: [number, number][] = [];
  for (let id = 1; id < counts.length; id++) {
    const count = counts[id]!;
    if (count === 0 || (top.length === k && count <= top[k - 1]![1])) continue;
    top.push([id, count]);
    top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (top.length > k) top.pop();
  }
  return top;
}
