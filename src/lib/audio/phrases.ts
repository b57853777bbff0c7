/**
 * Where a spoken UI phrase is, in the browser. `npm run audio` writes one MP3 per key and
 * help language, named by the key and a hash of the spoken text (a changed string gets
 * a new file and a new URL), and an index per locale (phrase-files/<locale>.json, key →
 * URL). The index of the page's locale is loaded on demand, once, as its own small chunk.
 */
/**
 * The key of a tutor's recording of a phrase in the `recordings` table (whose other keys
 * are word ids, which never contain a colon).
 */
export function phraseRecordingId(locale: string, key: string): string {
  return `phrase:${locale}:${key}`;
}

type PhraseIndex = Record<string, string>;

const indexes = import.meta.glob<PhraseIndex>('./phrase-files/*.json', { import: 'default' });
const loaded = new Map<string, Promise<PhraseIndex>>();

/** The URL of a phrase's generated file; undefined when the locale or the key has none. */
export async function phraseUrl(locale: string, key: string): Promise<string | undefined> {
  let index = loaded.get(locale);
  if (!index) {
    const load = indexes[`./phrase-files/${locale}.json`];
    index = load ? load().catch(() => ({})) : Promise.resolve({});
    loaded.set(locale, index);
  }
  return (await index)[key];
}
