/**
 * Search in the browser: opens a payload written at build time and answers queries
 * with results ready to show. The search page imports this on demand, so lunr and the
 * pipeline load only there, the first time someone searches.
 */
import lunr from 'lunr';
import type { Locale } from '../i18n/locales';
import { analyse, fieldLanguage, firstLetter, type SearchLanguage } from './analyse';
import { payloadVersion, unpackIndex, type SearchPayload, type StoredDoc } from './payload';
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

export interface SearchEngine {
  locale: Locale;
  /** The best results first. An empty, odd or very long query gives results or none; it never throws. */
  search(query: string, limit?: number): SearchResult[];
}

export class SearchPayloadError extends Error {
  override name = 'SearchPayloadError';
}

export function openSearch(payload: SearchPayload): SearchEngine {
  if (payload?.version !== payloadVersion) throw new SearchPayloadError(`expected search payload version ${payloadVersion}`);
  const index = lunr.Index.load(unpackIndex(payload.index));
  const fields = payload.index.fields;

  const search = (query: string, limit = 20): SearchResult[] => {
    const clauses = queryClauses(query, fields);
    if (clauses.length === 0) return [];
    const results = index.query((q) => {
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
    return results.slice(0, limit).flatMap((result) => {
      const doc = payload.docs[Number(result.ref)];
      if (!doc) return [];
      const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
      const terms = new Set(Object.keys(metadata));
      const fields = new Set(Object.values(metadata).flatMap((byField) => Object.keys(byField)));
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
      return [
        {
          ref: result.ref,
          kind: doc.kind,
          ...(doc.url ? { url: doc.url } : {}),
          title: { language: titleLanguage, parts: markText(titleText, titleLanguage, matches) },
          ...(doc.titleBg ? { titleBg: markText(doc.titleBg, 'bg', matches) } : {}),
          ...(shown ? { snippet: shown } : {}),
          ...(doc.translit ? { translit: doc.translit } : {}),
          ...(doc.picture ? { picture: doc.picture } : {}),
          ...(doc.audio ? { audio: doc.audio } : {}),
        },
      ];
    });
  };

  return { locale: payload.locale, search };
}
