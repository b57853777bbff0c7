/** Building the search payload for one help language, at build time (and in the benchmark). */
import lunr from 'lunr';
import type { Locale } from '../i18n/locales';
import { searchDocuments, searchFields, type SearchContent } from './documents';
import { packIndex, payloadVersion, type IndexStatistics, type SearchPayload, type SerialisedIndex } from './payload';
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

export function buildSearchPayload(content: SearchContent, locale: Locale): SearchPayload {
  const { index, statistics, docs } = buildIndex(content, locale);
  return {
    version: payloadVersion,
    locale,
    index: packIndex(index.toJSON() as SerialisedIndex, statistics),
    docs: docs.map((doc) => doc.stored),
  };
}
