/** URLs of the site's pages, in one place so links and tests agree. */
import { isLocale, type Locale } from './locales';

export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  lessons: (locale: Locale) => `/${locale}/lessons/`,
  lesson: (locale: Locale, lessonId: string) => `/${locale}/lessons/${lessonId}/`,
  culture: (locale: Locale) => `/${locale}/culture/`,
  cultureModule: (locale: Locale, slug: string) => `/${locale}/culture/${slug}/`,
  about: (locale: Locale) => `/${locale}/about/`,
  dictionary: (locale: Locale) => `/${locale}/dictionary/`,
  dictionaryTopic: (locale: Locale, topic: string) => `/${locale}/dictionary/${topic}/`,
  learners: (locale: Locale) => `/${locale}/learners/`,
  me: (locale: Locale) => `/${locale}/me/`,
  review: (locale: Locale) => `/${locale}/review/`,
  tutor: (locale: Locale) => `/${locale}/tutor/`,
  /** The search page; `?q=` carries the query, so a search can be linked. */
  search: (locale: Locale) => `/${locale}/search/`,
  /** The search index for one help language, written at build time. */
  searchIndex: (locale: Locale) => `/search/${locale}.json`,
};

/** The same page in another locale: `/en/lessons/x/` → `/ar/lessons/x/`. */
export function switchLocale(pathname: string, locale: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  if (isLocale(first)) return `/${[locale, ...rest].join('/')}`;
  return `/${locale}/`;
}
