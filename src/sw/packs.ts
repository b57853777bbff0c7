/**
 * How the service worker splits the precache list (written by workbox-build after the
 * build) into packs: the shell every page needs (scripts, styles, fonts, pictures, the
 * start page) and one pack per help language (its pages, word files, search index and
 * the index's display shards).
 * The shell and the packs of the languages in use are downloaded before a version takes
 * over; other languages' pages are kept once seen. Plain functions, tested without a
 * browser (tests/unit/sw-packs.test.ts).
 */
import { isLocale, type Locale } from '../lib/i18n/locales';

/** One file of the build, as workbox-build lists it: a URL relative to the site's root and a revision (none for hashed files). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export interface Packs {
  shell: PrecacheEntry[];
  languages: Partial<Record<Locale, PrecacheEntry[]>>;
}

/** The help language a file belongs to: `en/lessons/…`, `search/en.json`, `search/en/3.json`; undefined for the shell. */
export function languageOf(url: string): Locale | undefined {
  const path = url.replace(/^\//, '');
  const first = path.split('/')[0];
  if (isLocale(first)) return first;
  const index = /^search\/([a-z]+)(?:\.json|\/\d+\.json)$/.exec(path)?.[1];
  return isLocale(index) ? index : undefined;
}

export function splitPacks(entries: readonly PrecacheEntry[]): Packs {
  const packs: Packs = { shell: [], languages: {} };
  for (const entry of entries) {
    const language = languageOf(entry.url);
    if (language) (packs.languages[language] ??= []).push(entry);
    else packs.shell.push(entry);
  }
  return packs;
}

/**
 * The file the build wrote for a page's URL: `/en/about/` → `/en/about/index.html`
 * (pages end in a slash, trailingSlash: 'always'); other URLs are themselves.
 */
export function builtFile(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** A short fingerprint of the precache list, naming this version's caches. */
export function versionOf(entries: readonly PrecacheEntry[]): string {
  let hash = 5381;
  for (const { url, revision } of entries) {
    for (const char of `${url} ${revision ?? ''}\n`) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  }
  return hash.toString(36);
}
