/** Helpers for getStaticPaths: every page exists once per locale. */
import { locales, type Locale } from '../i18n/locales';

export function localeParams(): { params: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale } }));
}

/** One path per locale and item, with the item passed as a prop. */
export function perLocale<T, P extends Record<string, string>>(
  items: readonly T[],
  params: (item: T) => P,
): { params: P & { locale: Locale }; props: { item: T } }[] {
  return locales.flatMap((locale) => items.map((item) => ({ params: { ...params(item), locale }, props: { item } })));
}
