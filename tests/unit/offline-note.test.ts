// @vitest-environment jsdom
import { serverAnswers, showOfflineNote } from '../../src/lib/browser/offline-note';

it('asks for the head of sw.js past every cache, and reads a failed request as no server', async () => {
  const asked: [string, RequestInit | undefined][] = [];
  const answering = ((url: string, init?: RequestInit) => {
    asked.push([url, init]);
    return Promise.resolve(new Response(null));
  }) as typeof fetch;
  expect(await serverAnswers(answering)).toBe(true);
  expect(asked).toEqual([['/sw.js', { method: 'HEAD', cache: 'no-store' }]]);
  expect(await serverAnswers((() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch)).toBe(false);
});

function fakeWindow(onLine: boolean, answers: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    win: {
      navigator: { onLine },
      fetch: () => (answers ? Promise.resolve(new Response(null)) : Promise.reject(new TypeError('Failed to fetch'))),
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    } as unknown as Window,
    listeners,
  };
}

const note = () => {
  document.body.innerHTML = '<p data-offline-note hidden>Working offline</p>';
  return document.querySelector<HTMLElement>('[data-offline-note]')!;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('shows the note when the server does not answer, though the browser says it is online', async () => {
  const shown = note();
  showOfflineNote(document, fakeWindow(true, false).win);
  await settle();
  expect(shown.hidden).toBe(false);
});

it('shows the note while the browser is offline, and hides it when the server answers', async () => {
  const shown = note();
  const { win, listeners } = fakeWindow(false, true);
  showOfflineNote(document, win);
  await settle();
  expect(shown.hidden).toBe(false);
  (win.navigator as { onLine: boolean }).onLine = true;
  listeners.get('online')!();
  await settle();
  expect(shown.hidden).toBe(true);
});
