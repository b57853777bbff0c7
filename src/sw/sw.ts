/**
 * The site's service worker (built into dist/sw.js by src/sw/integration.ts, which
 * writes the precache list into `self.__WB_MANIFEST` with workbox-build).
 *
 * - Install downloads the shell and the packs of the help languages this browser uses
 *   (src/sw/packs.ts) with workbox-precaching, which fetches only new or changed files.
 *   A version whose download fails is dropped, and the one in use stays.
 * - The new version then waits: the page offers to reload when the child is not inside an
 *   exercise (lib/browser/service-worker.ts), and sends `take-over`.
 * - Activation removes the files the new list no longer has, only after the new ones
 *   are all in; audio and IndexedDB (progress, recordings) are never touched.
 * - Pages are answered from the precache; other languages' pages from the network, kept
 *   once seen; audio from its cache, or the network and then kept.
 */
import { PrecacheController } from 'workbox-precaching';
import type { Locale } from '../lib/i18n/locales';
import { audioCache, languagesCache, languagesKept, languagesKey, seenPagesPrefix, type FromWorker, type ToWorker } from './names';
import { builtFile, splitPacks, versionOf, type PrecacheEntry } from './packs';

/** The parts of the service worker's global scope used here (the DOM types do not have them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventInWorker extends ExtendableEvent {
  data: ToWorker;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { includeUncontrolled: boolean }): Promise<{ postMessage(message: FromWorker): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventInWorker) => void): void;
}
const worker = self as unknown as WorkerScope;

// Written as `self.__WB_MANIFEST`, the text workbox-build looks for and replaces.
const manifest: PrecacheEntry[] = (self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST;
const packs = splitPacks(manifest);
const version = versionOf(manifest);
const seenPages = `${seenPagesPrefix}${version}`;

const shell = new PrecacheController({ cacheName: 'shell' });
shell.addToCacheList(packs.shell);
const languagePacks = new Map<Locale, PrecacheController>();
for (const [locale, entries] of Object.entries(packs.languages) as [Locale, PrecacheEntry[]][]) {
  const pack = new PrecacheController({ cacheName: `pages-${locale}` });
  pack.addToCacheList(entries);
  languagePacks.set(locale, pack);
}
const controllers = [shell, ...languagePacks.values()];

async function rememberLanguage(locale: Locale): Promise<void> {
  const known = await languagesKept();
  if (known.includes(locale)) return;
  const cache = await caches.open(languagesCache);
  await cache.put(languagesKey, new Response(JSON.stringify([...known, locale]), { headers: { 'content-type': 'application/json' } }));
}

/** The other languages' pages seen with the version in use, fetched again for this one (best effort). */
async function carrySeenPages(): Promise<void> {
  const next = await caches.open(seenPages);
  for (const name of await caches.keys()) {
    if (!name.startsWith(seenPagesPrefix) || name === seenPages) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const response = await fetch(request, { cache: 'reload' }).catch(() => undefined);
      if (response?.ok) await next.put(request, response);
    }
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await shell.install(event);
      for (const locale of await languagesKept()) await languagePacks.get(locale)?.install(event);
      await carrySeenPages();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const controller of controllers) await controller.activate(event);
      for (const name of await caches.keys()) if (name.startsWith(seenPagesPrefix) && name !== seenPages) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

async function tellPages(message: FromWorker): Promise<void> {
  // The page that asked may not be controlled yet (the first visit).
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

/** Keeps the files not yet kept; a file that cannot be fetched now is tried again next time. */
async function keepAudio(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(audioCache);
  for (const url of urls) {
    if (await cache.match(url)) continue;
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) await cache.put(url, response);
  }
}

worker.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'take-over') {
    void worker.skipWaiting();
  } else if (message.type === 'language') {
    const pack = languagePacks.get(message.locale);
    if (!pack) return;
    event.waitUntil(
      (async () => {
        if (!(await languagesKept()).includes(message.locale)) {
          // workbox-precaching keeps what it fetches only during an install event: this
          // message's lifetime, presented as one.
          await pack.install({ type: 'install', waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise) } as ExtendableEvent);
          await rememberLanguage(message.locale);
        }
        await tellPages({ type: 'language-ready', locale: message.locale });
      })(),
    );
  } else if (message.type === 'lesson-audio') {
    const audio = message.urls.filter((url) => new URL(url, worker.location.href).origin === worker.location.origin);
    event.waitUntil(keepAudio(audio));
  }
});

/** The precached answer for a URL of this site, if a pack has it. */
async function fromPrecache(url: URL): Promise<Response | undefined> {
  const file = new URL(builtFile(url.pathname), url).href;
  for (const controller of controllers) {
    const cacheKey = controller.getCacheKeyForURL(file);
    if (cacheKey) {
      const found = await (await caches.open(controller.strategy.cacheName)).match(cacheKey);
      if (found) return found;
    }
  }
  return undefined;
}

async function audio(request: Request): Promise<Response> {
  const cache = await caches.open(audioCache);
  const kept = await cache.match(request.url);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.status === 200) await cache.put(request.url, response.clone());
  return response;
}

/** Network first, kept for later; the kept copy when the network fails. */
async function seen(request: Request): Promise<Response> {
  const cache = await caches.open(seenPages);
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(
    (async () => {
      if (url.pathname.startsWith('/audio/')) return audio(request);
      // A page's query (?q=, ?switch) does not change the file: the script reads it.
      return (await fromPrecache(url)) ?? seen(request);
    })(),
  );
});
