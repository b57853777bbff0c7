/**
 * Where to go after choosing a learner: the `?next=` page, but only a page of this site.
 * Browsers forgive a lot in a URL (`/\other.example`, a tab or newline inside `//`,
 * percent-encoded slashes): the address is resolved the way the browser will resolve it
 * and kept only when it stays on this origin, on a page of one of the site's languages.
 */
import { isLocale } from '../i18n/locales';

/** A tab, newline or other control character: browsers drop some of them silently. */
const hasControl = (text: string) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

export function safeNext(search: string, fallback: string, origin: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  // Backslashes and encoded slashes or controls are never part of a page address here.
  if (url.origin !== origin || /\\|%5c|%2f|%0[0-9a-f]|%1[0-9a-f]/i.test(next) || hasControl(next)) return fallback;
  if (!isLocale(url.pathname.split('/')[1])) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
