/** Building the search payload for one help language, at build time (and in the benchmark). */
import lunr from 'lunr';
import type { Locale } from '../locales';
import { searchDocuments, searchFields, type SearchContent } from './documents';
import { compactIndex, payloadVersion, type SearchPayload, type SerialisedIndex } from './payload';
import { usePipeline } from './pipeline';

export function buildSearchPayload(content: SearchContent, locale: Locale): SearchPayload {
  const docs = searchDocuments(content, locale);
  const fields = searchFields(locale);
  // A bare Builder, not lunr(): lunr() would add its English trimmer, stop words and stemmer.
  const builder = new lunr.Builder();
  usePipeline(builder);
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  docs.forEach((doc, ref) => builder.add({ ref: String(ref), ...doc.fields }));
  const index = builder.build();
  return {
    version: payloadVersion,
    locale,
    index: compactIndex(index.toJSON() as SerialisedIndex),
    docs: docs.map((doc) => doc.stored),
  };
}
