/**
 * Display shards: what results need to be shown (titles, links, pictures, the texts a
 * snippet comes from) kept apart from the index, in files of consecutive documents. A
 * query needs the index whole, but only the documents it shows: cut into shards, a
 * search downloads the index and the few shards of its first results, not every
 * document's text. Plain functions, for the build and the browser.
 */
import type { StoredDoc } from './payload';

/**
 * About how much text (JSON, before gzip) a shard holds, chosen by measurement
 * (`npm run bench:search -- --shard-sizes=8,16,24,32,48,64,all`, docs/search.md): on the
 * real catalogue the first twenty results of a query need a median of 16–23 KB gzip
 * from 5–7 shards at 8 KB, 26–36 KB from 5–6 at 16 KB, and the whole 130–200 KB as one
 * file. Smaller shards cost more files (about 60–100 a language) and, in all, a third
 * more bytes to keep offline, as gzip does less with less text.
 */
export const displayShardBytes = 8 * 1024;

/** Documents in consecutive runs of about `targetBytes` of JSON each; a document larger than that is a shard alone. */
export function splitDisplay(docs: readonly StoredDoc[], targetBytes = displayShardBytes): StoredDoc[][] {
  const shards: StoredDoc[][] = [];
  let current: StoredDoc[] = [];
  let bytes = 0;
  for (const doc of docs) {
    // JSON's length in UTF-16 units: close enough to its bytes to size a shard.
    const size = JSON.stringify(doc).length + 1;
    if (current.length > 0 && bytes + size > targetBytes) {
      shards.push(current);
      current = [];
      bytes = 0;
    }
    current.push(doc);
    bytes += size;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** The ref of each shard's first document. */
export function shardStarts(shards: readonly (readonly StoredDoc[])[]): number[] {
  const starts: number[] = [];
  let ref = 0;
  for (const shard of shards) {
    starts.push(ref);
    ref += shard.length;
  }
  return starts;
}

/** The shard that holds a document, from the shards' first refs (sorted); -1 for a ref before the first. */
export function shardOf(ref: number, starts: readonly number[]): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? Infinity) <= ref) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The shards that hold these documents, each once, in the order the documents come. */
export function shardsFor(refs: readonly number[], starts: readonly number[]): number[] {
  return [...new Set(refs.map((ref) => shardOf(ref, starts)).filter((shard) => shard >= 0))];
}
