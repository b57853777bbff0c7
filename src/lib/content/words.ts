/**
 * Turning word-bank entries into what a page or an island needs for one help language.
 * Islands receive only these small objects, never the word bank.
 */
import type { VocabularyEntry } from './schema';
import type { Locale } from '../i18n/locales';
import { ContentError } from './errors';
import { exampleAudioUrl, pictureUrl, wordAudioUrl } from '../routes';
import type { WordForLocale } from '../exercises/word';

export type { WordForLocale };

export function wordForLocale(entry: VocabularyEntry, locale: Locale): WordForLocale {
  const gloss = locale === 'bg' ? undefined : entry.gloss[locale];
  return {
    id: entry.id,
    stressed: entry.stressed,
    translit: entry.translit,
    ...(gloss ? { gloss } : {}),
    ...(entry.picture ? { picture: pictureUrl(entry.picture) } : {}),
    audio: wordAudioUrl(entry),
    ...(entry.example
      ? {
          example: {
            stressed: entry.example.stressed,
            ...(locale === 'bg' ? {} : { gloss: entry.example.gloss[locale] }),
            audio: exampleAudioUrl(entry.id),
          },
        }
      : {}),
  };
}

/**
 * Looks up the ids a content file refers to. An unknown id is a content error naming
 * the file and the field, so the build stops with a message an author can act on.
 */
export function resolveWordIds<T>(file: string, field: string, ids: readonly string[], lookup: (id: string) => T | undefined): T[] {
  const problems: string[] = [];
  const found: T[] = [];
  ids.forEach((id, index) => {
    const entry = lookup(id);
    if (entry === undefined)
      problems.push(`${file}: field ${field}[${index}]: unknown word id "${id}" (expected an id from content/vocabulary/*.yaml)`);
    else found.push(entry);
  });
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return found;
}
