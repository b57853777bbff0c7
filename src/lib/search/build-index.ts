/** Building the search files of one help language (the index and its display shards), at build time and in the benchmark. */
import lunr from 'lunr';
import type { Locale } from '../i18n/locales';
import { searchDocuments, searchFields, type SearchContent } from './documents';
import { displayShardBytes, shardStarts, splitDisplay } from './display';
import { compactIndex } from './compact';
import { packIndex, payloadVersion, type IndexStatistics, type SearchFiles, type SerialisedIndex } from './payload';
import { usePipeline } from './pipeline';

/** What lunr.Builder keeps after build() and @types/lunr leaves out. */
interface BuilderInternals {
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/** The lunr index of one help language, with what packing it needs. */
export function buildIndex(content: SearchContent, locale: Locale) {
  const docs = searchDocuments(content, locale);
  const fields = searchFields(locale);
  // A bare Builder, not lunr(): lunr() would add its English trimmer, stop words and stemmer.
  const builder = new lunr.Builder();
  usePipeline(builder);
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  docs.forEach((doc, ref) => builder.add({ ref: String(ref), ...doc.fields }));
  const index = builder.build();
  const internals = builder as unknown as BuilderInternals;
  const statistics: IndexStatistics = {
    documents: docs.length,
    boosts: Object.fromEntries(fields.map((field) => [field.name, field.boost])),
    fieldLengths: internals.fieldLengths,
    termFrequencies: internals.fieldTermFrequencies,
  };
  return { index, statistics, docs };
}

export function buildSearchPayload(content: SearchContent, locale: Locale, shardBytes = displayShardBytes): SearchFiles {
  const { index, statistics, docs } = buildIndex(content, locale);
  const shards = splitDisplay(
    docs.map((doc) => doc.stored),
    shardBytes,
  );
  const starts = shardStarts(shards);
  return {
    index: {
      version: payloadVersion,
      locale,
      index: compactIndex(packIndex(index.toJSON() as SerialisedIndex, statistics)),
      shards: starts,
    },
    shards: shards.map((shard, n) => ({ version: payloadVersion, locale, first: starts[n] ?? 0, docs: shard })),
  };
}

const built = new WeakMap<SearchContent, Map<Locale, SearchFiles>>();

/** The files of one help language, built once per content for the index and every shard the site writes. */
export function searchFiles(content: SearchContent, locale: Locale): SearchFiles {
  let byLocale = built.get(content);
  if (!byLocale) built.set(content, (byLocale = new Map()));
  let files = byLocale.get(locale);
  if (!files) byLocale.set(locale, (files = buildSearchPayload(content, locale)));
  return files;
}
