/**
 * The block codes one record set has, kept as a bitmap of hashed codes, so the other set's
 * records in blocks it lacks can be dropped before sorting: a block on both sides is the only
 * kind that makes pairs, and most are not (blocked on surname + birth year, 1.2 M records
 * against 1 M make 1.14 M blocks, 158 k of them on both sides, holding under half the
 * records). A code that was added is always found; one that was not is found only when its
 * hash collides with an added one (about codes / bits of the time), which keeps a record
 * the join then passes over — never a wrong pair.
 */
export class BlockSet {
  private readonly words: Int32Array;
  private readonly shift: number;

  /**
   * A set for the blocks of `records` records: 4 to 8 bits a record (a power of two), so
   * with blocks fewer than records, under one code in 4 not added is found — few enough to
   * drop most one-sided records, a bitmap small enough to stay in cache (512 kB for a
   * million records).
   */
  static forRecords(records: number): BlockSet {
    return new BlockSet(2 ** Math.min(31, Math.max(5, Math.ceil(Math.log2(records * 4)))));
  }

  /** @param bits the bitmap's size, a power of two from 32 to 2^31. */
  constructor(bits: number) {
    if (bits < 32 || (bits & (bits - 1)) !== 0) throw new RangeError('bits must be a power of two');
    this.words = new Int32Array(bits >>> 5);
    this.shift = Math.clz32(bits) + 1;
  }

  add(code: number): void {
    const h = Math.imul(code, 0x27d4eb2f) >>> this.shift;
    this.words[h >>> 5]! |= 1 << (h & 31);
  }

  has(code: number): boolean {
    const h = Math.imul(code, 0x27d4eb2f) >>> this.shift;
    return (this.words[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
