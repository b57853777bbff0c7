/** The page types end-to-end tests visit, one URL each per locale. */
export const pageTypes = {
  home: (locale: string) => `/${locale}/`,
  catalogue: (locale: string) => `/${locale}/lessons/`,
  lesson: (locale: string) => `/${locale}/lessons/language/greetings/`,
  alphabetLesson: (locale: string) => `/${locale}/lessons/alphabet/first-letters/`,
  everyExercise: (locale: string) => `/${locale}/lessons/alphabet/whole-alphabet/`,
  cultureIndex: (locale: string) => `/${locale}/culture/`,
  cultureModule: (locale: string) => `/${locale}/culture/baba-marta/`,
  about: (locale: string) => `/${locale}/about/`,
};

export const allLocales = ['bg', 'en', 'ar', 'fa', 'uk'] as const;
