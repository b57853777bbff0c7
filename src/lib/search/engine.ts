/**
 * Search in the browser: opens the index written at build time, answers queries with
 * the matching documents (openIndex), and turns each, with its display data, into a
 * result ready to show (showResult). lib/search/searcher.ts loads the files and runs
 * both, in a Web Worker when the browser has one; openSearch does it at once for tests
 * and the benchmark.
 */
import lunr from 'lunr';
import type { Locale } from '../i18n/locales';
import { analyse, fieldLanguage, firstLetter, type SearchLanguage } from './analyse';
import { expandIndex } from './compact';
import { loadPackedIndex } from './packed-index';
import { payloadVersion, type SearchFiles, type SearchIndexFile, type StoredDoc } from './payload';
import './pipeline';
import { queryClauses } from './query';
import { markText, snippet, type TextPart, type WordMatcher } from './snippet';

export interface SearchResult {
  ref: string;
  kind: StoredDoc['kind'];
  url?: string;
  title: { language: Locale; parts: TextPart[] };
  /** The Bulgarian title, or the word with its stress marks. */
  titleBg?: TextPart[];
  snippet?: { language: Locale; parts: TextPart[] };
  translit?: string;
  picture?: string;
  audio?: string;
}

/** A document a query matched: its ref, and the terms and fields it matched in (for marking). */
export interface Match {
  ref: number;
  terms: string[];
  fields: string[];
}

export interface OpenIndex {
  locale: Locale;
  /** The first ref of each display shard (SearchIndexFile.shards). */
  shards: readonly number[];
  /** The best matches first. An empty, odd or very long query gives matches or none; it never throws. */
  match(query: string, limit?: number): Match[];
}

export interface SearchEngine {
  locale: Locale;
  /** The best results first. An empty, odd or very long query gives results or none; it never throws. */
  search(query: string, limit?: number): SearchResult[];
}

export class SearchPayloadError extends Error {
  override name = 'SearchPayloadError';
}

/**
 * lunr's results for the clauses of queryClauses (query.ts), each given to lunr as it is:
 * the words were already analysed, so lunr's own pipeline is not run on them again.
 */
export function askIndex(index: lunr.Index, clauses: ReturnType<typeof queryClauses>): lunr.Index.Result[] {
  return index.query((q) => {
    for (const clause of clauses) {
      q.term(clause.term, {
        fields: clause.fields,
        boost: clause.boost,
        usePipeline: false,
        wildcard: clause.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
        ...(clause.editDistance ? { editDistance: clause.editDistance } : {}),
      });
    }
  });
}

export function openIndex(file: SearchIndexFile): OpenIndex {
  if (file?.version !== payloadVersion) throw new SearchPayloadError(`expected search index version ${payloadVersion}`);
  const index = loadPackedIndex(expandIndex(file.index));
  const fields = file.index.fields;

  const match = (query: string, limit = 20): Match[] => {
    const clauses = queryClauses(query, fields);
    if (clauses.length === 0) return [];
    const results = askIndex(index, clauses);
    return results.slice(0, limit).map((result) => {
      const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
      return {
        ref: Number(result.ref),
        terms: Object.keys(metadata),
        fields: [...new Set(Object.values(metadata).flatMap((byField) => Object.keys(byField)))],
      };
    });
  };

  return { locale: file.locale, shards: file.shards, match };
}

/** A match as it is shown: its title and snippet with the matching words marked. */
export function showResult(found: Match, doc: StoredDoc): SearchResult {
  const terms = new Set(found.terms);
  const fields = new Set(found.fields);
  // Only languages whose fields matched are worth analysing a word in: a Bulgarian
  // query leaves the English words of a snippet alone. Bulgarian also matches through
  // its transliteration (mechka finds мечка).
  // A word whose first letter starts no matched term is not analysed at all.
  const languages = new Set([...fields].map(fieldLanguage));
  const firsts = new Set([...terms].map((term) => term.charAt(0)));
  const hit = (word: string, language: SearchLanguage) => {
    if (!languages.has(language)) return false;
    const first = firstLetter(word, language);
    return (first === undefined || firsts.has(first)) && analyse(word, language).some((term) => terms.has(term));
  };
  const matches: WordMatcher = (word, language) => hit(word, language) || (language === 'bg' && hit(word, 'la'));
  const [titleLanguage, titleText] = doc.title;
  const shown = snippet(doc.texts, matches, fields);
  return {
    ref: String(found.ref),
    kind: doc.kind,
    ...(doc.url ? { url: doc.url } : {}),
    title: { language: titleLanguage, parts: markText(titleText, titleLanguage, matches) },
    ...(doc.titleBg ? { titleBg: markText(doc.titleBg, 'bg', matches) } : {}),
    ...(shown ? { snippet: shown } : {}),
    ...(doc.translit ? { translit: doc.translit } : {}),
    ...(doc.picture ? { picture: doc.picture } : {}),
    ...(doc.audio ? { audio: doc.audio } : {}),
  };
}

/** The index and every shard at once, searched synchronously: for tests and the benchmark. */
export function openSearch(files: SearchFiles): SearchEngine {
  const index = openIndex(files.index);
  const docs = files.shards.flatMap((shard) => {
    if (shard?.version !== payloadVersion) throw new SearchPayloadError(`expected display shard version ${payloadVersion}`);
    return shard.docs;
  });
  const search = (query: string, limit = 20) =>
    index.match(query, limit).flatMap((found) => {
      const doc = docs[found.ref];
      return doc ? [showResult(found, doc)] : [];
    });
  return { locale: index.locale, search };
}
