/**
 * Stage 4, ICE's cross-reference: each disclosed IRS record is linked back to ICE's list "by
 * same or similar names" (Fitzgerald Decl. ¶ 5). It runs after pass 1, against the whole list
 * — not only the sampled part — so a disclosure meets every namesake on the list.
 *
 * Candidates are the list records of the disclosure's name blocks: the same name control (first
 * four letters of the surname) and given-name initial, for the surname, each spelling of its
 * romanisation family (LEE/YI/RHEE) and the swapped order (given name read as surname). Each
 * distinct full name of a block is a candidate once; fuse.js scores only those whose lower
 * bound could still win (comparison/names/fuseBest.ts), which finds exactly the candidates that
 * scoring every name would. The most similar candidate
 * within the rule is taken; equally similar ones are told apart by date of birth when
 * `useDob`, else at random (seeded by the requested person), as ICE had nothing else to go by.
 */
import { NameLetterCounts } from '../comparison/names/fuseBound';
import { lowestFuseScores } from '../comparison/names/fuseBest';
import { nameControl } from '../comparison/names/nameControl';
import { sortBlocks } from '../blocking/SortedBlocks';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { LinkRecords } from '../linking/LinkRecords';
import { nameSlot, normaliseName } from '../names/NameDictionary';
import { fullName, type NameJudge } from './nameRule';
import { drawUint32, ReplayStream } from './streams';

export interface CrossReferenceLink {
  /** Position in the list's records of the linked record, or −1. */
  position: number;
  /** Its score (fuse.js score, or 0 for a rule's acceptance); NaN when nothing was linked. */
  score: number;
}

interface Block {
  names: string[];
  index: Map<string, number>;
  positions: number[][];
  /** The names' letter counts, for fuse.js bounds (made when the block is first searched). */
  letters: NameLetterCounts | null;
}

function letterCounts(block: Block): NameLetterCounts {
  return (block.letters ??= new NameLetterCounts(block.names));
}

export class IceCrossReference {
  /** List positions sorted by block code (then position). */
  private readonly sorted: Uint32Array;
  /** The distinct block codes, ascending, and where each one's positions start in `sorted`. */
  private readonly codes: Uint32Array;
  private readonly starts: Uint32Array;
  /** Blocks indexed so far: a block is indexed when first searched. */
  private readonly blocks = new Map<number, Block>();

  /** `list` and the queried records hold ids of one name space (`nameOf`). */
  constructor(
    private readonly list: LinkRecords,
    private readonly nameOf: (id: number) => string,
    private readonly families: RomanisationFamilies,
    private readonly judge: NameJudge,
    private readonly useDob: boolean,
    private readonly seed: number,
  ) {
    // Block codes by name id (each distinct name spelled once), then the positions sorted by
    // code with a radix sort, which keeps positions of one code in order. Codes are stored
    // plus one, as sortBlocks keeps 0 for "not blocked".
    const controls = codesByName(list.surname, (id) => controlCode(this.name(id)));
    const initials = codesByName(list.given, (id) => initialCode(this.name(id)));
    const block = new Uint32Array(list.size);
    const positions = new Uint32Array(list.size);
    for (let p = 0; p < list.size; p++) {
      block[p] = controls[list.surname[p]!]! * 32 + initials[list.given[p]!]! + 1;
      positions[p] = p;
    }
    const sorted = sortBlocks({ block, name: positions });
    this.sorted = sorted.name;
    let distinct = 0;
    for (let k = 0; k < list.size; k++)
      if (k === 0 || sorted.block[k] !== sorted.block[k - 1]) distinct++;
    this.codes = new Uint32Array(distinct);
    this.starts = new Uint32Array(distinct + 1);
    for (let k = 0, at = 0; k < list.size; k++)
      if (k === 0 || sorted.block[k] !== sorted.block[k - 1]) {
        this.codes[at] = sorted.block[k]! - 1;
        this.starts[at++] = k;
      }
    this.starts[distinct] = list.size;
  }

  /** The place of `code` in `codes`, or −1 when no list record has it. */
  private codeAt(code: number): number {
    let low = 0;
    let high = this.codes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.codes[mid]! < code) low = mid + 1;
      else high = mid;
    }
    return low < this.codes.length && this.codes[low] === code ? low : -1;
  }

  /** The block of `code`, indexed on first use: its distinct full names and their positions. */
  private block(code: number): Block | undefined {
    let block = this.blocks.get(code);
    if (block) return block;
    const place = this.codeAt(code);
    if (place < 0) return undefined;
    block = { names: [], index: new Map(), positions: [], letters: null };
    for (let k = this.starts[place]!; k < this.starts[place + 1]!; k++) {
      const p = this.sorted[k]!;
      const full = normaliseName(fullName(this.nameOf, this.list, p));
      let at = block.index.get(full);
      if (at === undefined) {
        at = block.names.push(full) - 1;
        block.index.set(full, at);
        block.positions.push([]);
      }
      block.positions[at]!.push(p);
    }
    this.blocks.set(code, block);
    return block;
  }

  /**
   * The list record most similar to record j of `records`, whatever the threshold (the caller
   * applies it, so a threshold panel can re-count at any threshold); `tieKey` seeds the choice
   * among equals. A rule links only the records it accepts.
   */
  link(records: LinkRecords, j: number, tieKey: number): CrossReferenceLink {
    const given = this.name(records.given[j]!);
    const surname = this.name(records.surname[j]!);
    const query = normaliseName(fullName(this.nameOf, records, j));
    if (query === '') return { position: -1, score: NaN };
    const keys = new Set<number>([blockCode(surname, given)]);
    for (const spelling of this.families.spellings(surname)) keys.add(blockCode(spelling, given));
    keys.add(blockCode(given, surname));
    let best = Infinity;
    let ties: number[] = [];
    const consider = (score: number, positions: readonly number[]) => {
      if (score > best) return;
      if (score < best) {
        best = score;
        ties = [];
      }
      ties.push(...positions);
    };
    // The same full name scores 0, the best any name can: when the list holds it, no other
    // name can do better, and fuse.js need not run.
    if (this.judge.scored) {
      for (const key of keys) {
        const block = this.block(key);
        const at = block?.index.get(query);
        if (block && at !== undefined) consider(0, block.positions[at]!);
      }
    }
    if (this.judge.scored && best !== 0) {
      const blocks = [...keys].flatMap((key) => this.block(key) ?? []);
      const found = lowestFuseScores(query, blocks.map(letterCounts));
      for (const { pool, name } of found.names)
        consider(found.score, blocks[pool]!.positions[name]!);
    } else if (!this.judge.scored) {
      for (const key of keys) {
        const block = this.block(key);
        if (!block) continue;
        for (const positions of block.positions)
          for (const p of positions) {
            const score = this.judge.score(records, j, this.list, p);
            if (score === 0) consider(0, [p]);
          }
      }
    }
    if (ties.length === 0) return { position: -1, score: NaN };
    ties.sort((a, b) => a - b);
    if (this.useDob && records.dob[j]! !== 0) {
      const sameDob = ties.filter((p) => this.list.dob[p] === records.dob[j]);
      if (sameDob.length > 0) ties = sameDob;
    }
    const u = drawUint32(this.seed, ReplayStream.crossReferenceTie, tieKey) / 4294967296;
    const pick = ties.length === 1 ? 0 : Math.floor(u * ties.length);
    return { position: ties[pick]!, score: best };
  }

  private name(id: number): string {
    return id === 0 ? '' : this.nameOf(id);
  }
}

/**
 * The block of a name, the surname's name control and the given name's initial, as a number:
 * five bits a character (A–Z 1–26, 0 past the end; the initial may also be ' - or a space), so
 * the distinct blocks of normalised names (the only characters normaliseName keeps) have
 * distinct codes. Any other initial would share code 30 with its like.
 */
function blockCode(surname: string, given: string): number {
  return controlCode(surname) * 32 + initialCode(given);
}

/** `code` of each name id in `ids`, indexed by id: computed once per distinct id. */
function codesByName(ids: Uint32Array, code: (id: number) => number): Int32Array {
  let largest = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i]! > largest) largest = ids[i]!;
  const codes = new Int32Array(largest + 1).fill(-1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (codes[id]! < 0) codes[id] = code(id);
  }
  return codes;
}

function controlCode(surname: string): number {
  const control = nameControl(surname);
  let code = 0;
  for (let i = 0; i < 4; i++) code = code * 32 + (i < control.length ? charCode(control, i) : 0);
  return code;
}

function initialCode(given: string): number {
  return given.length === 0 ? 0 : charCode(given, 0);
}

/** A character's code: its place in the normalised-name alphabet plus one, 30 for any other. */
function charCode(text: string, i: number): number {
  const slot = nameSlot(text.charCodeAt(i));
  return slot < 0 ? 30 : slot + 1;
}
