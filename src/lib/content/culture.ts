/** Culture modules live at content/culture/<locale>/<slug>.mdx; their id is `<locale>/<slug>`. */
import { isLocale, type Locale } from '../i18n/locales';

export function cultureSlug(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

export function cultureLocale(id: string): Locale | undefined {
  const locale = id.slice(0, id.indexOf('/'));
  return isLocale(locale) ? locale : undefined;
}
