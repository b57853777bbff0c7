/**
 * What the service worker and the pages say to each other, the names of the caches they
 * share, and the one list both read (languagesKept). Nothing here touches IndexedDB: an
 * update never reaches progress or recordings, which live there (lib/store/).
 */
import { locales, type Locale } from '../lib/i18n/locales';

/** Word and sentence audio, kept across versions: a lesson's when it is opened, all of it by the tutor's action. */
export const audioCache = 'zdravei-audio';

/** Which help languages this browser uses, so a new version downloads their pages too. */
export const languagesCache = 'zdravei-languages';

/** The entry of languagesCache that holds the list (JSON, an array of locales). */
export const languagesKey = '/languages.json';

/**
 * The help languages whose pages the service worker keeps on this computer, read by the
 * worker (sw.ts) and by the tutor's "everything offline" (lib/browser/offline-audio.ts).
 * Anything but a list of known locales reads as none.
 */
export async function languagesKept(cacheStorage: CacheStorage = caches): Promise<Locale[]> {
  const saved = await (await cacheStorage.open(languagesCache)).match(languagesKey);
  if (!saved) return [];
  const list: unknown = await saved.json().catch(() => []);
  return Array.isArray(list) ? list.filter((item): item is Locale => (locales as readonly unknown[]).includes(item)) : [];
}

/** Pages of other help languages, kept once seen; one cache per version (prefix + version). */
export const seenPagesPrefix = 'zdravei-seen-';

/** The list of every audio file with its size, written after the build (src/sw/integration.ts). */
export const audioListUrl = '/offline/audio.json';

export interface AudioList {
  files: { url: string; bytes: number }[];
}

/** Messages a page sends to the service worker. */
export type ToWorker =
  /** This page is in this help language: keep its pack offline (and tell when it is ready). */
  | { type: 'language'; locale: Locale }
  /** The audio this lesson plays: keep it offline. */
  | { type: 'lesson-audio'; urls: string[] }
  /** The person chose to reload into the waiting version. */
  | { type: 'take-over' };

/** Messages the service worker sends to its pages. */
export type FromWorker = { type: 'language-ready'; locale: Locale };
