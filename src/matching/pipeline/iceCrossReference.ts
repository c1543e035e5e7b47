/**
 * Stage 4, ICE's cross-reference: each disclosed IRS record is linked back to ICE's list "by
 * same or similar names" (Fitzgerald Decl. ¶ 5). It runs after pass 1, against the whole list
 * — not only the sampled part — so a disclosure meets every namesake on the list.
 *
 * Candidates are the list records of the disclosure's name blocks (crossReferenceBlocks.ts):
 * the same name control (first four letters of the surname) and given-name initial, for the
 * surname, each spelling of its romanisation family (LEE/YI/RHEE) and the swapped order (given
 * name read as surname). Each distinct full name of a block is a candidate once; fuse.js
 * scores only those whose lower bound could still win (comparison/names/fuseBest.ts), which
 * finds exactly the candidates that scoring every name would. The most similar candidate
 * within the rule is taken; equally similar ones are told apart by date of birth when
 * `useDob`, else at random (seeded by the requested person), as ICE had nothing else to go by.
 */
import { NameLetterCounts } from '../comparison/names/fuseBound';
import { lowestFuseScores } from '../comparison/names/fuseBest';
import type { RomanisationFamilies } from '../comparison/names/romanisationFamilies';
import type { LinkRecords } from '../linking/LinkRecords';
import { normaliseName } from '../names/NameDictionary';
import { blockCode, ListBlocks, positionsOf, type NameBlock } from './crossReferenceBlocks';
import { fullName, type NameJudge } from './nameRule';
import { drawUint32, ReplayStream } from './streams';

export interface CrossReferenceLink {
  /** Position in the list's records of the linked record, or −1. */
  position: number;
  /** Its score (fuse.js score, or 0 for a rule's acceptance); NaN when nothing was linked. */
  score: number;
}

function letterCounts(block: NameBlock): NameLetterCounts {
  return (block.letters ??= new NameLetterCounts(block.names));
}

export class IceCrossReference {
  private readonly blocks: ListBlocks;

  /**
   * `list` and the queried records hold ids of one compact name space (`nameOf`): ids index
   * arrays as large as the largest (crossReferenceTask's name table numbers them from 1).
   */
  constructor(
    private readonly list: LinkRecords,
    private readonly nameOf: (id: number) => string,
    private readonly families: RomanisationFamilies,
    private readonly judge: NameJudge,
    private readonly useDob: boolean,
    private readonly seed: number,
  ) {
    this.blocks = new ListBlocks(list, nameOf);
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
    const consider = (score: number, positions: ArrayLike<number>) => {
      if (score > best) return;
      if (score < best) {
        best = score;
        ties = [];
      }
      for (let i = 0; i < positions.length; i++) ties.push(positions[i]!);
    };
    // The same full name scores 0, the best any name can: when the list holds it, no other
    // name can do better, and fuse.js need not run.
    if (this.judge.scored) {
      for (const key of keys) {
        const block = this.blocks.get(key);
        const at = block?.index.get(query);
        if (block && at !== undefined) consider(0, positionsOf(block, at));
      }
    }
    if (this.judge.scored && best !== 0) {
      const blocks = [...keys].flatMap((key) => this.blocks.get(key) ?? []);
      const found = lowestFuseScores(query, blocks.map(letterCounts));
      for (const { pool, name } of found.names)
        consider(found.score, positionsOf(blocks[pool]!, name));
    } else if (!this.judge.scored) {
      for (const key of keys) {
        const block = this.blocks.get(key);
        if (!block) continue;
        for (const p of block.members) {
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
