/** The UI strings of every locale, and the lookup pages and islands use. */
import type { Locale } from '../lib/i18n/locales';
import { format } from '../lib/i18n/format';
import { ar } from './ar';
import { bg } from './bg';
import { en, type UIKey, type UIStrings } from './en';
import { fa } from './fa';
import { uk } from './uk';

export type { UIKey, UIStrings };

const strings: Record<Locale, UIStrings> = { bg, en, ar, fa, uk };

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

export function translations(locale: Locale): Translate {
  const table = strings[locale];
  return (key, values) => (values ? format(table[key], values, locale) : table[key]);
}

/** Strings picked for an island carry their locale, so that numbers and plurals follow it. */
export interface StringsLocale {
  readonly locale: Locale;
}

/** Just the strings an island needs, so it does not ship every locale's table. */
export function pickStrings<K extends UIKey>(locale: Locale, keys: readonly K[]): Record<K, string> & StringsLocale {
  const table = strings[locale];
  return { ...(Object.fromEntries(keys.map((key) => [key, table[key]])) as Record<K, string>), locale };
}

/** Every string whose key starts with one of the prefixes: for islands that need a whole area of the UI. */
export function pickByPrefix<P extends string>(
  locale: Locale,
  prefixes: readonly P[],
): Pick<UIStrings, Extract<UIKey, `${P}${string}`>> & StringsLocale {
  const table = strings[locale];
  const picked = Object.entries(table).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)));
  return { ...(Object.fromEntries(picked) as Pick<UIStrings, Extract<UIKey, `${P}${string}`>>), locale };
}
