/**
 * The help languages. Every page exists once per locale, under `/<locale>/`.
 * Bulgarian is the language being learnt and also a help language, for tutors and
 * for children who already read it.
 */
export const locales = ['bg', 'en', 'ar', 'fa', 'uk'] as const;
export type Locale = (typeof locales)[number];

/** Help languages other than Bulgarian: each vocabulary entry carries a gloss in each. */
export const glossLocales = ['en', 'ar', 'fa', 'uk'] as const;
export type GlossLocale = (typeof glossLocales)[number];

export const defaultLocale: Locale = 'bg';

/** Each language's name in its own script: languages are never shown as flags. */
export const localeNames: Record<Locale, string> = {
  bg: 'Български',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
};

const rightToLeft: ReadonlySet<Locale> = new Set<Locale>(['ar', 'fa']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The value of `<html dir>` for a locale. */
export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The help language that best fits a browser's preference list (`navigator.languages`).
 * Dari (`prs`, or Persian as written in Afghanistan) reads Persian script, so it maps to `fa`.
 * Returns undefined when nothing fits, so the caller can keep its own default.
 */
export function matchBrowserLocale(preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'prs') return 'fa';
    if (isLocale(language)) return language;
  }
  return undefined;
}
