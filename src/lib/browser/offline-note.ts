/**
 * The header's "working offline" note: shown while the browser says it is offline, or
 * while this site's server does not answer (a centre's connection can be down with the
 * computer still "online"). The check asks for the head of /sw.js, which the service
 * worker lets through to the network, so a kept copy never answers for the server.
 */
export async function serverAnswers(fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    await fetcher('/sw.js', { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

export function showOfflineNote(doc: Document, win: Window = window): void {
  const note = doc.querySelector<HTMLElement>('[data-offline-note]');
  if (!note) return;
  const check = async () => {
    note.hidden = win.navigator.onLine && (await serverAnswers(win.fetch.bind(win)));
  };
  void check();
  win.addEventListener('online', () => void check());
  win.addEventListener('offline', () => void check());
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') void check();
  });
}
