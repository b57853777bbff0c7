/**
 * The files search reads, written at build time and read in the browser: the index
 * (/search/<locale>.json), which is all a query needs, and what each result needs to be
 * shown, apart in display shards (/search/<locale>/<n>.json, lib/search/display.ts), so
 * that a search waits only for the shards of the results it shows.
 */
import type { Locale } from '../i18n/locales';
import type { CompactIndex } from './compact';

/** Bumped when the shape changes, so a page never reads a file it does not understand. */
export const payloadVersion = 5;

/**
 * A text in one language, as shown in a result, and the index fields whose matches it
 * shows. Words in [brackets] are Bulgarian.
 */
export type StoredText = [language: Locale, text: string, fields: string[]];

export interface StoredDoc {
  kind: 'lesson' | 'culture' | 'word';
  /** Where the result leads; a word links to the first lesson (or module) that teaches it. */
  url?: string;
  /** In the help language; for a word, its meaning (on Bulgarian pages, the word). */
  title: [language: Locale, text: string];
  /** The Bulgarian title; for a word, the word with its stress marks. */
  titleBg?: string;
  /** Where a snippet may come from, in order of preference. */
  texts: StoredText[];
  translit?: string;
  picture?: string;
  audio?: string;
}

/** lunr's serialised index (lunr.Index#toJSON). */
export interface SerialisedIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

/**
 * The same index packed for the file (packIndex). lunr's own form repeats, for every
 * term, every field by name with an object per document (`"text_fa":{"12":{},"15":{}}`),
 * and a vector of scores for every field of every document, written to three decimals.
 * Packed, postings are lists of small numbers, and the scores are not written at all:
 * unpackIndex computes them again from how often each term occurs and how long each
 * field is, with lunr's own formula (BM25), to the same three decimals.
 */
export interface PackedIndex {
  version: string;
  fields: string[];
  /** Each field's boost, as given to the builder. */
  boosts: number[];
  pipeline: string[];
  /** How many terms each field of each document holds: lengths[field][document]. */
  lengths: number[][];
  /**
   * The terms in lunr's order, a term's number being its position here; with each, for
   * every field it is in: the field's position in `fields`, the number of documents, and
   * per document its ref as a difference from the one before, doubled, plus one if the
   * term occurs more than once there, in which case the next number is how often.
   */
  terms: [term: string, postings: number[]][];
}

/** /search/<locale>.json: the index alone. */
export interface SearchIndexFile {
  version: typeof payloadVersion;
  locale: Locale;
  /** The packed index, written compactly (compact.ts). */
  index: CompactIndex;
  /** The ref of the first document of each display shard, in order: shard n holds refs from starts[n] to starts[n + 1]. */
  shards: number[];
}

/** /search/<locale>/<n>.json: what the documents of one shard need to be shown. */
export interface DisplayShard {
  version: typeof payloadVersion;
  locale: Locale;
  /** The ref of docs[0]; the others follow in order. */
  first: number;
  docs: StoredDoc[];
}

/** Both, as the build writes them for one help language (and as tests and the benchmark open them at once). */
export interface SearchFiles {
  index: SearchIndexFile;
  shards: DisplayShard[];
}

/** What lunr's builder knows beyond its serialised index: term frequencies and field lengths, by `field/ref`. */
export interface IndexStatistics {
  documents: number;
  boosts: Record<string, number>;
  fieldLengths: Record<string, number>;
  termFrequencies: Record<string, Record<string, number>>;
}

/** Packs lunr's serialised index. Refs must be numbers (they are positions in `docs`); no term metadata is kept. */
export function packIndex(index: SerialisedIndex, statistics: IndexStatistics): PackedIndex {
  const terms = index.invertedIndex.map(([term, posting]): [string, number[]] => {
    const packed: number[] = [];
    index.fields.forEach((field, f) => {
      const refs = Object.keys((posting[field] ?? {}) as object)
        .map(Number)
        .sort((a, b) => a - b);
      if (refs.length === 0) return;
      packed.push(f, refs.length);
      refs.forEach((ref, i) => {
        const delta = ref - (i > 0 ? (refs[i - 1] ?? 0) : 0);
        const tf = statistics.termFrequencies[`${field}/${ref}`]?.[term] ?? 1;
        if (tf > 1) packed.push(delta * 2 + 1, tf);
        else packed.push(delta * 2);
      });
    });
    return [term, packed];
  });
  return {
    version: index.version,
    fields: index.fields,
    boosts: index.fields.map((field) => statistics.boosts[field] ?? 1),
    pipeline: index.pipeline,
    lengths: index.fields.map((field) =>
      Array.from({ length: statistics.documents }, (_, ref) => statistics.fieldLengths[`${field}/${ref}`] ?? 0),
    ),
    terms,
  };
}

/** lunr's Builder defaults, which the index was built with. */
const k1 = 1.2;
const b = 0.75;

/** lunr.idf: how rare a term is, from the documents it is in, counted in every field together. */
export function inverseFrequency(documents: number, occurrences: number): number {
  const x = (documents - occurrences + 0.5) / (occurrences + 0.5);
  return Math.log(1 + Math.abs(x));
}

/**
 * A term's score in one field of one document, rounded to three decimals as lunr writes
 * it: the expression of lunr.Builder#createFieldVectors, operation for operation, so the
 * scores are the same.
 */
export function fieldScore(idf: number, tf: number, length: number, averageLength: number, boost: number): number {
  let score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (length / averageLength)) + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/** The average length of each field, over all documents. */
export function averageLengths(packed: PackedIndex): number[] {
  const documents = packed.lengths[0]?.length ?? 0;
  return packed.lengths.map((lengths) => lengths.reduce((sum, length) => sum + length, 0) / documents);
}

/** A document's metadata for a term: none is kept, and lunr only reads it (lunr.MatchData copies it). */
export const noMetadata: object = Object.freeze({});

/** The documents of a field a term is not in. */
export const noDocuments: Readonly<Record<string, object>> = Object.freeze(Object.create(null) as Record<string, object>);

/**
 * Walks a term's packed postings (packIndex's layout): per field, its number and how many
 * documents, then each document as the gap from the last one, doubled, plus one when a
 * term frequency other than 1 follows.
 */
export function eachPosting(postings: readonly number[], visit: (field: number, ref: number, tf: number) => void): void {
  for (let i = 0; i < postings.length;) {
    const field = postings[i] ?? 0;
    const count = postings[i + 1] ?? 0;
    i += 2;
    let ref = 0;
    for (let k = 0; k < count; k++) {
      const value = postings[i++] ?? 0;
      ref += Math.floor(value / 2);
      visit(field, ref, value % 2 === 1 ? (postings[i++] ?? 1) : 1);
    }
  }
}

/**
 * lunr's serialised index again, for lunr.Index.load, its field vectors computed as lunr's
 * builder does. The search opens the packed index without it (packed-index.ts), building
 * only what a query reads; this whole form is what tests compare that with.
 */
export function unpackIndex(packed: PackedIndex): SerialisedIndex {
  const documents = packed.lengths[0]?.length ?? 0;
  const averageLength = averageLengths(packed);
  /** Vectors by `field/ref`: [term number, score, …], in term order. */
  const vectors = new Map<string, number[]>();
  const invertedIndex = packed.terms.map(([term, postings], termIndex): [string, Record<string, unknown>] => {
    const posting: Record<string, unknown> = Object.create(null);
    posting._index = termIndex;
    // lunr wants every field in every posting, but only reads them: the fields a term is
    // not in share one empty object, not one each (most terms are in one or two fields).
    const byField: (Record<string, object> | undefined)[] = packed.fields.map(() => undefined);
    for (const field of packed.fields) posting[field] = noDocuments;
    const occurrences: [field: number, ref: number, tf: number][] = [];
    eachPosting(postings, (field, ref, tf) => {
      let docs = byField[field];
      if (!docs) posting[packed.fields[field] ?? ''] = byField[field] = docs = Object.create(null) as Record<string, object>;
      docs[String(ref)] = noMetadata;
      occurrences.push([field, ref, tf]);
    });
    const idf = inverseFrequency(documents, occurrences.length);
    for (const [field, ref, tf] of occurrences) {
      const score = fieldScore(idf, tf, packed.lengths[field]?.[ref] ?? 0, averageLength[field] ?? 1, packed.boosts[field] ?? 1);
      const key = `${packed.fields[field]}/${ref}`;
      let vector = vectors.get(key);
      if (!vector) vectors.set(key, (vector = []));
      vector.push(termIndex, score);
    }
    return [term, posting];
  });
  return { version: packed.version, fields: packed.fields, pipeline: packed.pipeline, invertedIndex, fieldVectors: [...vectors] };
}
