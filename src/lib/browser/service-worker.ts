/**
 * The page's side of the service worker (src/sw/sw.ts): registers it, tells it the help
 * language in use (so that language's pages are kept offline) and the audio of the
 * lesson on screen, and offers a new version without ever cutting into an exercise.
 *
 * A new version waits until no exercise is in progress (ExerciseShell marks one with
 * `data-in-progress` from the first answer to the end), then the page shows its offer;
 * only a tap reloads. Progress and recordings are in IndexedDB, which an update never
 * touches. Where service workers are missing, blocked or not allowed (plain http on
 * another computer), nothing happens and the site works online as before.
 */
import type { Locale } from '../i18n/locales';
import type { FromWorker, ToWorker } from '../../sw/names';

/** True while a child is inside an exercise: answered once and not yet at its end. */
export function insideExercise(root: ParentNode): boolean {
  return root.querySelector('[data-in-progress]') !== null;
}

/** A lesson page's own audio (word and sentence files in its islands' props), each once. */
export function lessonAudio(html: string): string[] {
  return [...new Set(html.match(/\/audio\/[\w/.-]+?\.mp3/g) ?? [])];
}

const isLessonPage = (pathname: string) => /^\/[a-z]{2}\/lessons\/[^/]+\/[^/]+\/$/.test(pathname);

/** Shows the update offer once no exercise is in progress; calls back when it is shown. */
export function offerWhenFree(doc: Document, offer: HTMLElement): void {
  if (!offer.hidden) return;
  const show = () => {
    if (insideExercise(doc)) return false;
    offer.hidden = false;
    return true;
  };
  if (show()) return;
  const observer = new MutationObserver(() => {
    if (show()) observer.disconnect();
  });
  observer.observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-in-progress'] });
}

function send(worker: ServiceWorker | null | undefined, message: ToWorker) {
  worker?.postMessage(message);
}

/**
 * Runs `start` once the page has loaded and the browser is idle: the worker's install
 * downloads the pages and code of a whole language, which on a slow line would compete
 * with the page's own islands. At most `waitMs` after the load, even on a busy computer.
 */
export function whenPageSettled(win: Window, start: () => void, waitMs = 5_000): void {
  const idle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => start(), { timeout: waitMs });
    else win.setTimeout(start, 1_000);
  };
  if (win.document.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
}

export async function startServiceWorker(doc: Document, locale: Locale): Promise<void> {
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  // Refused (storage off, a browser setting) or, in test browsers that block service
  // workers, nothing: the site works online as before.
  const registration = (await container.register('/sw.js', { scope: '/' }).catch(() => undefined)) as ServiceWorkerRegistration | undefined;
  if (!registration) return;

  container.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (event.data.type === 'language-ready') doc.documentElement.dataset.offlineReady = event.data.locale;
  });
  void container.ready.then((ready) => {
    send(ready.active, { type: 'language', locale });
    if (isLessonPage(location.pathname)) send(ready.active, { type: 'lesson-audio', urls: lessonAudio(doc.documentElement.innerHTML) });
  });

  const offer = doc.querySelector<HTMLElement>('[data-update-offer]');
  if (!offer) return;
  // A page opened before any version was active is taken over by the first one (its
  // `clients.claim()`), which has the very code the page runs: no new version to offer.
  let controlled = container.controller !== null;
  let reloadAsked = false;
  offer.querySelector('button')?.addEventListener('click', () => {
    reloadAsked = true;
    if (registration.waiting) send(registration.waiting, { type: 'take-over' });
    else location.reload();
  });
  // The new version took over (here, or from a tap in another tab): this page's code is old.
  container.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
    else if (controlled) offerWhenFree(doc, offer);
    controlled = true;
  });
  // A version already waiting (found on an earlier page), or one found from now on; the
  // first install (no controller yet) needs no offer.
  if (registration.waiting && controlled) offerWhenFree(doc, offer);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && controlled) offerWhenFree(doc, offer);
    });
  });
}
