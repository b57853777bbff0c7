/**
 * lunr's index opened straight from the packed file (payload.ts), building only what a
 * query reads. lunr.Index.load wants every posting as objects and every field vector
 * computed first: at 1,000 lessons that is millions of small objects, and making them
 * (and collecting the garbage) took 2–5 s in Node, seconds more on an old computer. Here
 * one pass over the packed numbers keeps them in typed arrays; a term's posting and a
 * document's field vector are made when a query first reads them, with the same
 * numbers and the same arithmetic (payload.ts: inverseFrequency, fieldScore), so the
 * results and their scores are lunr's own. lunr's token set, which every query clause
 * walks, is built as lunr.Index.load builds it. The one thing it cannot do: list its field
 * vectors, which lunr does only for a query of nothing but prohibited terms (`-bear`, or
 * no clause at all); queries here never have one (query.ts, engine.ts).
 */
import lunr from 'lunr';
import { averageLengths, eachPosting, fieldScore, inverseFrequency, noDocuments, noMetadata, type PackedIndex } from './payload';

/** What lunr.Index keeps (its constructor's attributes), which @types/lunr names differently or leaves out. */
export interface IndexParts {
  invertedIndex: Record<string, Record<string, unknown>>;
  fieldVectors: Record<string, lunr.Vector>;
  tokenSet: lunr.TokenSet;
  fields: string[];
  pipeline: lunr.Pipeline;
}

/** lunr.TokenSet.Builder, which lunr.Index.load uses and @types/lunr leaves out. */
interface TokenSetBuilder {
  insert(word: string): void;
  finish(): void;
  root: lunr.TokenSet;
}
const TokenSetBuilder = (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder;

/** Reads a value on first use and keeps it: a read-only, string-keyed view lunr can index like an object. */
function lazyRecord<T>(make: (key: string) => T | undefined): Record<string, T> {
  const made = new Map<string, T | undefined>();
  const get = (key: string) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key);
  };
  return new Proxy(Object.create(null) as Record<string, T>, {
    get: (_, key) => (typeof key === 'string' ? get(key) : undefined),
    has: (_, key) => typeof key === 'string' && get(key) !== undefined,
  });
}

export function loadPackedIndex(packed: PackedIndex): lunr.Index & IndexParts {
  const { fields, lengths, boosts, terms } = packed;
  const documents = lengths[0]?.length ?? 0;
  const averageLength = averageLengths(packed);
  const fieldNumber = new Map(fields.map((field, f) => [field, f]));
  const termNumber = new Map<string, number>();

  // Every field of every document is a slot; each holds the terms in it, in term order, and
  // how often: the field vector lunr's builder would make, without its scores yet.
  const slot = (field: number, ref: number) => field * documents + ref;
  const idf = new Float64Array(terms.length);
  const starts = new Int32Array(fields.length * documents + 1);
  terms.forEach(([term, postings], t) => {
    termNumber.set(term, t);
    let occurrences = 0;
    eachPosting(postings, (field, ref) => {
      starts[slot(field, ref) + 1] = (starts[slot(field, ref) + 1] ?? 0) + 1;
      occurrences += 1;
    });
    idf[t] = inverseFrequency(documents, occurrences);
  });
  for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0);
  const total = starts[starts.length - 1] ?? 0;
  const slotTerms = new Int32Array(total);
  const slotFrequencies = new Int32Array(total);
  const filled = starts.slice(0, -1);
  terms.forEach(([, postings], t) => {
    eachPosting(postings, (field, ref, tf) => {
      const s = slot(field, ref);
      const at = filled[s] ?? 0;
      filled[s] = at + 1;
      slotTerms[at] = t;
      slotFrequencies[at] = tf;
    });
  });

  const invertedIndex = lazyRecord((term) => {
    const t = termNumber.get(term);
    if (t === undefined) return undefined;
    // lunr wants every field in every posting, but only reads them: the fields a term is
    // not in share one empty object, as in unpackIndex.
    const posting: Record<string, unknown> = Object.create(null);
    posting._index = t;
    for (const field of fields) posting[field] = noDocuments;
    eachPosting(terms[t]?.[1] ?? [], (field, ref) => {
      const name = fields[field] ?? '';
      if (posting[name] === noDocuments) posting[name] = Object.create(null);
      (posting[name] as Record<number, object>)[ref] = noMetadata;
    });
    return posting;
  });

  const fieldVectors = lazyRecord((fieldRef) => {
    const cut = fieldRef.lastIndexOf('/');
    const field = fieldNumber.get(fieldRef.slice(0, cut));
    const ref = Number(fieldRef.slice(cut + 1));
    if (field === undefined || !Number.isInteger(ref) || ref < 0 || ref >= documents) return undefined;
    const from = starts[slot(field, ref)] ?? 0;
    const to = starts[slot(field, ref) + 1] ?? 0;
    if (from === to) return undefined;
    const elements: number[] = [];
    const length = lengths[field]?.[ref] ?? 0;
    for (let at = from; at < to; at++) {
      const t = slotTerms[at] ?? 0;
      elements.push(t, fieldScore(idf[t] ?? 0, slotFrequencies[at] ?? 1, length, averageLength[field] ?? 1, boosts[field] ?? 1));
    }
    return new lunr.Vector(elements);
  });

  const tokenSet = new TokenSetBuilder();
  for (const [term] of terms) tokenSet.insert(term);
  tokenSet.finish();

  const parts: IndexParts = { invertedIndex, fieldVectors, tokenSet: tokenSet.root, fields, pipeline: lunr.Pipeline.load(packed.pipeline) };
  return new lunr.Index(parts as unknown as lunr.Index.Attributes) as lunr.Index & IndexParts;
}
