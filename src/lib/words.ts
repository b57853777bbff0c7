/**
 * Turning word-bank entries into what a page or an island needs for one help language.
 * Islands receive only these small objects, never the word bank.
 */
import type { VocabularyEntry } from './content-schema';
import type { Locale } from './locales';
import { ContentError } from './content-errors';
import { pictureUrl } from './picture-url';

/** A word as an island sees it: everything to show and play it in one help language. */
export interface WordForLocale {
  id: string;
  /** The word with its stress marks. */
  stressed: string;
  translit: string;
  /** Meaning in the help language; absent on Bulgarian pages. */
  gloss?: string;
  picture?: string;
  audio: string;
  example?: { stressed: string; gloss?: string; audio: string };
}

/** The generated or recorded audio of a word (see scripts/generate-audio.mjs). */
export function wordAudioUrl(entry: Pick<VocabularyEntry, 'id' | 'audio'>): string {
  return entry.audio ?? `/audio/words/${entry.id}.mp3`;
}

export function exampleAudioUrl(id: string): string {
  return `/audio/examples/${id}.mp3`;
}

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
