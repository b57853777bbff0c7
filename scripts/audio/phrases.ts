/**
 * The spoken UI phrases `npm run audio` makes, and how their files are named: shared by
 * scripts/generate-audio.ts and tests/unit/phrase-audio.test.ts, so that the test finds
 * exactly the file the generator would make for the text as it is now written.
 */
import { translations } from '../../src/i18n';
import { locales, type Locale } from '../../src/lib/i18n/locales';
import { phraseFile, spokenKeys } from '../../src/lib/audio/phrase-keys';
import { spokenText } from '../../src/lib/audio/spoken-text';
import { textHash } from '../../src/lib/audio/text-hash';

export { generatorVersion, textHash } from '../../src/lib/audio/text-hash';

export interface PhraseJob {
  locale: Locale;
  key: string;
  /** What espeak-ng reads (spoken-text.ts): empty when nothing is left to speak. */
  text: string;
  /** espeak-ng's voice: the locale's. */
  voice: string;
  /** The manifest's hash: of the voice and the text. */
  hash: string;
  /** Relative to public/audio/. */
  file: string;
}

/** Every spoken key in every help language. */
export function phraseJobs(): PhraseJob[] {
  return locales.flatMap((locale) => {
    const t = translations(locale);
    return spokenKeys.map((key) => {
      const text = spokenText(locale, key, t(key));
      const hash = textHash(`${locale}\n${text}`);
      return { locale, key, text, voice: locale, hash, file: phraseFile(locale, key, hash.slice(0, 8)) };
    });
  });
}
