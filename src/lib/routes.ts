/** URLs of the site's pages, in one place so links and tests agree. */
import { isLocale, type Locale } from './i18n/locales';

export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  lessons: (locale: Locale) => `/${locale}/lessons/`,
  lesson: (locale: Locale, lessonId: string) => `/${locale}/lessons/${lessonId}/`,
  /** Every lesson's title and picture in one help language, as JSON (lib/content/lesson-catalogue.ts). */
  lessonCatalogue: (locale: Locale) => `/${locale}/lessons/catalogue.json`,
  /** A lesson's flashcards to print (eight to an A4 sheet, backs for double-sided printing). */
  lessonCards: (locale: Locale, lessonId: string) => `/${locale}/lessons/${lessonId}/cards/`,
  /** A lesson's worksheet to print. */
  lessonWorksheet: (locale: Locale, lessonId: string) => `/${locale}/lessons/${lessonId}/worksheet/`,
  culture: (locale: Locale) => `/${locale}/culture/`,
  cultureModule: (locale: Locale, slug: string) => `/${locale}/culture/${slug}/`,
  about: (locale: Locale) => `/${locale}/about/`,
  dictionary: (locale: Locale) => `/${locale}/dictionary/`,
  dictionaryTopic: (locale: Locale, topic: string) => `/${locale}/dictionary/${topic}/`,
  learners: (locale: Locale) => `/${locale}/learners/`,
  me: (locale: Locale) => `/${locale}/me/`,
  review: (locale: Locale) => `/${locale}/review/`,
  /** The tutor's tools: settings, learners, groups, assignments, backups (behind the tutor PIN, like every tutor page). */
  tutor: (locale: Locale) => `/${locale}/tutor/`,
  /** The path builder. */
  tutorPaths: (locale: Locale) => `/${locale}/tutor/paths/`,
  /** Reports: the class, a child, a lesson. */
  tutorReports: (locale: Locale) => `/${locale}/tutor/reports/`,
  /** The tutor's own recordings of words and sentences. */
  tutorRecordings: (locale: Locale) => `/${locale}/tutor/recordings/`,
  /** The tutor's help. */
  tutorHelp: (locale: Locale) => `/${locale}/tutor/help/`,
  /**
   * Opening a path link: the path travels in the fragment (`#path=v1.…`, lib/paths/path-code.ts),
   * which the browser never sends to any server.
   */
  pathLink: (locale: Locale, code?: string) => `/${locale}/path/${code === undefined ? '' : `#path=${code}`}`,
  /** The search page; `?q=` carries the query, so a search can be linked. */
  search: (locale: Locale) => `/${locale}/search/`,
  /** The search index for one help language, written at build time. */
  searchIndex: (locale: Locale) => `/search/${locale}.json`,
  /** One display shard of that index: what its results need to be shown (lib/search/display.ts). */
  searchDisplay: (locale: Locale, shard: number) => `/search/${locale}/${shard}.json`,
  /** The folder of words for one help language, one JSON file a word (src/pages/[locale]/words/). */
  words: (locale: Locale) => `/${locale}/words/`,
  /** One word for one help language, fetched by the review page for the due words only. */
  wordData: (locale: Locale, wordId: string) => `/${locale}/words/${encodeURIComponent(wordId)}.json`,
};

/** An OpenMoji picture shipped with the site (src/pages/pictures/): `1F43B` → `/pictures/1F43B.svg`. */
export function openmojiUrl(code: string): string {
  return `/pictures/${encodeURIComponent(code)}.svg`;
}

/** The URL of a word's picture: an OpenMoji code becomes its shipped file; a path stays. */
export function pictureUrl(picture: string | undefined): string | undefined {
  if (!picture) return undefined;
  return picture.startsWith('/') ? picture : openmojiUrl(picture);
}

/** A word's audio: its own recording when the word bank names one, else the generated file. */
export function wordAudioUrl(word: { id: string; audio?: string | undefined }): string {
  return word.audio ?? `/audio/words/${word.id}.mp3`;
}

/** The generated audio of a word's example sentence (scripts/generate-audio.ts). */
export function exampleAudioUrl(wordId: string): string {
  return `/audio/examples/${wordId}.mp3`;
}

/** The same page in another locale: `/en/lessons/x/` → `/ar/lessons/x/`. */
export function switchLocale(pathname: string, locale: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  if (isLocale(first)) return `/${[locale, ...rest].join('/')}`;
  return `/${locale}/`;
}
