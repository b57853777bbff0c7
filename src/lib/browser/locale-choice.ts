/**
 * The start page offers the language a person chose last time on this browser, or
 * else the one their browser prefers. Stored in localStorage: a device preference, not
 * data about a child. Storage may be blocked (private windows): then nothing is kept.
 */
import { isLocale, matchBrowserLocale, type Locale } from '../i18n/locales';

const storageKey = 'zdravei.locale';

export function savedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | undefined {
  try {
    const value = storage?.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // Storage blocked: the choice simply is not remembered.
  }
}

/** The locale to offer first: the remembered one, then the browser's, then none. */
export function suggestedLocale(storage: Pick<Storage, 'getItem'> | undefined, preferred: readonly string[]): Locale | undefined {
  return savedLocale(storage) ?? matchBrowserLocale(preferred);
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Saves the locale of any link marked `data-remember-locale` when it is followed. */
export function rememberLocaleChoice(root: Document): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('[data-remember-locale]');
    const locale = link?.getAttribute('data-remember-locale');
    if (isLocale(locale)) saveLocale(localStorageOrUndefined(), locale);
  });
}

/** On the start page: marks the suggested language and moves focus to it. */
export function highlightSuggestedLocale(root: Document): void {
  const locale = suggestedLocale(localStorageOrUndefined(), navigator.languages ?? [navigator.language]);
  if (!locale) return;
  const link = root.querySelector<HTMLAnchorElement>(`[data-remember-locale="${locale}"]`);
  if (!link) return;
  link.classList.add('suggested');
  link.focus();
}
