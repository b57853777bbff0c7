/** The page types end-to-end tests visit, one URL each per locale. */
export const pageTypes = {
  home: (locale: string) => `/${locale}/`,
  catalogue: (locale: string) => `/${locale}/lessons/`,
  lesson: (locale: string) => `/${locale}/lessons/language/greetings/`,
  alphabetLesson: (locale: string) => `/${locale}/lessons/alphabet/first-letters/`,
  everyExercise: (locale: string) => `/${locale}/lessons/alphabet/whole-alphabet/`,
  printCards: (locale: string) => `/${locale}/lessons/alphabet/first-letters/cards/`,
  printWorksheet: (locale: string) => `/${locale}/lessons/alphabet/first-letters/worksheet/`,
  cultureIndex: (locale: string) => `/${locale}/culture/`,
  cultureModule: (locale: string) => `/${locale}/culture/baba-marta/`,
  about: (locale: string) => `/${locale}/about/`,
  dictionary: (locale: string) => `/${locale}/dictionary/`,
  dictionaryTopic: (locale: string) => `/${locale}/dictionary/animals/`,
  learners: (locale: string) => `/${locale}/learners/`,
  me: (locale: string) => `/${locale}/me/`,
  review: (locale: string) => `/${locale}/review/`,
  tutor: (locale: string) => `/${locale}/tutor/`,
};

export const allLocales = ['bg', 'en', 'ar', 'fa', 'uk'] as const;
