import { describe, expect, it } from 'vitest';
import { BoundQueue } from '../../../../src/matching/comparison/names/BoundQueue';
import { Rng } from '../../../../src/matching/random/prng';

describe('BoundQueue', () => {
  it('gives back an item of the lowest key waiting, with pushes between pops', () => {
    const rng = new Rng(5);
    for (let round = 0; round < 50; round++) {
      const capacity = 1 + rng.below(40);
      const queue = new BoundQueue(capacity);
      const waiting: { key: number; item: number }[] = [];
      for (let step = 0; step < 200; step++) {
        if (waiting.length < capacity && (waiting.length === 0 || rng.below(3) > 0)) {
          const entry = { key: rng.below(10) / 10, item: step };
          queue.push(entry.key, entry.item);
          waiting.push(entry);
        } else {
          const lowest = Math.min(...waiting.map((w) => w.key));
          expect(queue.lowestKey()).toBe(lowest);
          const item = queue.pop();
          const at = waiting.findIndex((w) => w.item === item);
          expect(waiting[at]!.key).toBe(lowest);
          waiting.splice(at, 1);
        }
        expect(queue.size).toBe(waiting.length);
      }
    }
  });
});
