import { describe, expect, it } from 'vitest';
import { shardOf, shardStarts, shardsFor, splitDisplay } from '../../../src/lib/search/display';
import type { StoredDoc } from '../../../src/lib/search/payload';

const doc = (text: string): StoredDoc => ({ kind: 'word', title: ['en', text], texts: [] });
const size = (d: StoredDoc) => JSON.stringify(d).length + 1;

describe('splitDisplay', () => {
  it('keeps the documents in order, in consecutive shards of about the size asked', () => {
    const docs = Array.from({ length: 50 }, (_, i) => doc(`word ${i}`));
    const shards = splitDisplay(docs, size(docs[0]!) * 10);
    expect(shards.flat()).toEqual(docs);
    expect(shards.length).toBeGreaterThanOrEqual(5);
    for (const shard of shards) {
      expect(shard.reduce((sum, d) => sum + size(d), 0)).toBeLessThanOrEqual(size(docs[0]!) * 10 + 2);
    }
  });

  it('gives a document larger than a shard a shard of its own, and makes no empty shard', () => {
    const docs = [doc('a'), doc('x'.repeat(1000)), doc('b')];
    expect(splitDisplay(docs, 100)).toEqual([[docs[0]], [docs[1]], [docs[2]]]);
    expect(splitDisplay([], 100)).toEqual([]);
  });

  it('puts everything in one shard when it fits', () => {
    const docs = [doc('a'), doc('b')];
    expect(splitDisplay(docs, 10_000)).toEqual([docs]);
  });
});

describe('shardStarts, shardOf, shardsFor', () => {
  const starts = shardStarts([[doc('a'), doc('b'), doc('c')], [doc('d')], [doc('e'), doc('f')]]);

  it('numbers each shard by its first document', () => {
    expect(starts).toEqual([0, 3, 4]);
  });

  it('finds the shard of a document', () => {
    expect([0, 1, 2, 3, 4, 5, 99].map((ref) => shardOf(ref, starts))).toEqual([0, 0, 0, 1, 2, 2, 2]);
    expect(shardOf(-1, starts)).toBe(-1);
    expect(shardOf(0, [])).toBe(-1);
  });

  it('lists the shards of a set of documents once each, in the order the documents come', () => {
    expect(shardsFor([5, 0, 4, 1, 3], starts)).toEqual([2, 0, 1]);
    expect(shardsFor([], starts)).toEqual([]);
  });
});
