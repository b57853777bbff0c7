/**
 * An island whose code cannot load (the connection dropped before it was fetched, and
 * no service worker had kept it) would otherwise stay dead and silent. Astro reports the
 * failure two ways: an unhandled rejection "Failed to fetch dynamically imported
 * module: <url>" for islands that hydrate when seen, and console.error("[astro-island]
 * Error hydrating <url>") for those that hydrate at load. Either names the island's
 * code; the island gets a friendly message with a button that loads the page again.
 * Code an island loads later (islands/lazy-part.tsx) says it failed with the DOM event
 * `islandLoadFailed`, from inside the island: the island gets the same message.
 */
const importFailure = /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

/** The islands whose component or renderer is the module named in an error message. */
export function failedIslands(doc: Document, message: string): Element[] {
  return [...doc.querySelectorAll('astro-island')].filter((island) =>
    ['component-url', 'renderer-url'].some((name) => {
      const url = island.getAttribute(name);
      return url !== null && message.includes(new URL(url, doc.baseURI).pathname);
    }),
  );
}

/** Puts the message (cloned from the page's `<template data-island-failed>`) after each failed island, once. */
export function showFailure(doc: Document, islands: readonly Element[], reload: () => void): void {
  const template = doc.querySelector<HTMLTemplateElement>('template[data-island-failed]');
  if (!template) return;
  for (const island of islands) {
    if (island.nextElementSibling?.matches('.island-failed')) continue;
    const message = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    message.querySelector('button')?.addEventListener('click', reload);
    island.after(message);
  }
}

/**
 * The event an island's later code dispatches when it cannot load. Written out again in
 * islands/lazy-part.tsx: importing it from here would split this module from the page's
 * script into a chunk of its own, on every page.
 */
export const islandLoadFailed = 'zdravei:island-load-failed';

export function watchIslandFailures(doc: Document, win: Window & typeof globalThis = window): void {
  const reload = () => win.location.reload();
  doc.addEventListener(islandLoadFailed, (event) => {
    const from = event.target as Element;
    showFailure(doc, [from.closest('astro-island') ?? from], reload);
  });
  const seen = (message: string) => {
    if (importFailure.test(message)) showFailure(doc, failedIslands(doc, message), reload);
  };
  win.addEventListener('unhandledrejection', (event) => seen(String((event.reason as Error | undefined)?.message ?? event.reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    consoleError(...args);
    if (typeof args[0] === 'string' && args[0].startsWith('[astro-island] Error hydrating')) {
      seen(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
    }
  };
}
