/**
 * Leaving a page drops the store's writes still in flight: a child who tapped "My lessons"
 * as the last exercise's stars appeared lost the lesson's stars. Once installed, a link
 * followed while `busy()` says a save runs is followed once `settled()` says it has ended
 * (or after `longestHold`, so that a store that hangs keeps no one on the page). Closing
 * the tab, or typing an address, cannot be held. Installed with the progress recorder
 * (lib/store/progress-recorder.ts), which every save waits for, so a lesson does not
 * carry it up front.
 */

/** A save takes about 50 ms on a recent machine, ten times that on an old one. */
export const longestHold = 3_000;

let installed = false;

export function holdLinksWhileSaving(busy: () => boolean, settled: () => Promise<void>, doc: Document = document): void {
  if (installed) return;
  installed = true;
  doc.addEventListener('click', (event) => {
    if (!busy() || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    event.preventDefault();
    const timeUp = new Promise<void>((resolve) => setTimeout(resolve, longestHold));
    void Promise.race([settled(), timeUp]).then(() => doc.defaultView?.location.assign(link.href));
  });
}
